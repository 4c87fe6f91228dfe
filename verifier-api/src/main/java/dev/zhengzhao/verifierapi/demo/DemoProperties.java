package dev.zhengzhao.verifierapi.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo: seeds types, issuers with keys and sample licences at start-up, and writes API keys
 * and example calls for a person trying the service.
 *
 * @param enabled set by {@code --demo}
 * @param directory where credentials.json, keys and example calls are written
 */
@ConfigurationProperties("zz.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("data/demo") Path directory) {}
