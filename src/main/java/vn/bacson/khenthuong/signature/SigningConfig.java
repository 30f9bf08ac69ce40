package vn.bacson.khenthuong.signature;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfig {}
