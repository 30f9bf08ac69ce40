package vn.bacson.khenthuong.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AppProperties.class)
class CommonConfig {

    @Bean
    ZoneId businessZone(AppProperties properties) {
        return properties.zone();
    }
}
