package org.groundwork.ops;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code GROUNDWORK_DB_REPLICA_URL} set, the application's data source routes {@link ReplicaRead} calls to a
 * read-only pool on the replica and everything else (Liquibase, every write, every other read) to the primary.
 * Without it this configuration is absent and Spring Boot's single data source serves everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("groundwork.db.replica.url")
class ReplicaDataSourceConfiguration {

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryPool(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("primary");
        return pool;
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource replicaPool(DataSourceProperties properties, Environment environment) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class)
                .url(environment.getRequiredProperty("groundwork.db.replica.url"))
                .username(environment.getProperty("groundwork.db.replica.user", properties.determineUsername()))
                .password(environment.getProperty("groundwork.db.replica.password", properties.determinePassword()))
                .build();
        pool.setPoolName("replica");
        pool.setReadOnly(true);
        return pool;
    }

    /** Connections are taken at the first statement, after {@link ReplicaReadInterceptor} has chosen the pool. */
    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryPool") DataSource primary, @Qualifier("replicaPool") DataSource replica) {
        ReplicaRouting routing = new ReplicaRouting();
        routing.setTargetDataSources(Map.of(ReplicaRouting.Target.PRIMARY, primary,
                ReplicaRouting.Target.REPLICA, replica));
        routing.setDefaultTargetDataSource(primary);
        routing.afterPropertiesSet();
        return new LazyConnectionDataSourceProxy(routing);
    }
}
