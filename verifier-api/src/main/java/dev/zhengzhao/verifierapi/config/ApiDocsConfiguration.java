package dev.zhengzhao.verifierapi.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole; docs/api.md explains it in prose. */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {
    @Bean
    OpenAPI zhengzhaoApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Zhengzhao electronic licence repository and verification API (证照)")
                        .version("v1")
                        .description(
                                "Issue, verify and reuse electronic licences. Issuers, halls and operators send"
                                        + " 'Authorization: Bearer <API key>'; holders send their identity provider's JWT; the"
                                        + " /api/v1/public endpoints need nothing. Errors are RFC 9457 problems with a stable code.")
                        .license(new License().name("see the repository")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("an API key (zz_…) or a holder's JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
