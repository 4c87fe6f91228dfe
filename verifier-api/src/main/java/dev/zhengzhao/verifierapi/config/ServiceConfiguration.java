package dev.zhengzhao.verifierapi.config;

import dev.zhengzhao.verifierapi.access.CallerArgument;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every feature shares: the clock, the caller argument of the controllers, and the servlet
 * container's set-up. Each feature wires its own use cases in its own package.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgument());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /*
     * Tomcat looks each filter of a request up under one shared lock, and request threads queued on
     * it behind a descheduled holder (docs/benchmarks.md, "lock contention"); each filter also costs
     * its own work. So the service runs only the filters it needs: the DispatcherServlet sets the
     * request context itself, and the container, not a filter, makes UTF-8 the request encoding.
     */

    @Bean
    RequestContextFilter requestContextFilter() {
        return new RequestContextFilter();
    }

    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextFilterUnregistered(RequestContextFilter filter) {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> utf8Requests() {
        return factory -> factory.addContextCustomizers(context -> {
            context.setRequestCharacterEncoding(StandardCharsets.UTF_8.name());
        });
    }
}
