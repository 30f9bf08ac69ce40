package vn.bacson.khenthuong.posting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PublicPostingSettings.class)
class PostingConfig {}
