package vn.bacson.khenthuong.commune;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code app.commune}: the installation's default commune (upgrades from one commune, the old public paths). */
@ConfigurationProperties("app.commune")
public record CommuneProperties(String defaultCode, String defaultName) {}
