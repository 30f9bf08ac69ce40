package vn.bacson.khenthuong.commune;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link CommuneBoundDataSource} in front of the application's PostgreSQL pool, so the engine, Flyway and our
 * stores share one transaction-bound connection that always carries the current commune. H2 (the demo database)
 * reads {@link CommuneContext} directly through its Java functions and needs no wrapper.
 */
@Configuration(proxyBeanMethods = false)
class CommuneDataSourceConfig {

    @Bean
    static BeanPostProcessor communeBoundDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool
                        && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    return new CommuneBoundDataSource((DataSource) bean);
                }
                return bean;
            }
        };
    }
}
