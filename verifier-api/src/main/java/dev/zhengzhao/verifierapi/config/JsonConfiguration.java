package dev.zhengzhao.verifierapi.config;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.TypeCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Identifiers and codes travel as their text form, never as nested objects. */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {
    @Bean
    SimpleModule zhengzhaoJson() {
        SimpleModule module = new SimpleModule("zhengzhao");
        module.addSerializer(LicenceId.class, ToStringSerializer.instance);
        module.addSerializer(TypeCode.class, ToStringSerializer.instance);
        module.addSerializer(CreditCode.class, ToStringSerializer.instance);
        return module;
    }
}
