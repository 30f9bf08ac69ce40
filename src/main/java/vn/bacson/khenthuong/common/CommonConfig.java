package vn.bacson.khenthuong.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
@EnableConfigurationProperties(AppProperties.class)
class CommonConfig implements WebMvcConfigurer {

    private final PageQueryArgumentResolver pageQueries = new PageQueryArgumentResolver();

    @Bean
    ZoneId businessZone(AppProperties properties) {
        return properties.zone();
    }

    /** Every LocalDate of a request body within four-digit years (see {@link BoundedLocalDateDeserializer}). */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedDates() {
        return builder -> builder.deserializerByType(LocalDate.class, new BoundedLocalDateDeserializer());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageQueries);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(pageQueries);
    }
}
