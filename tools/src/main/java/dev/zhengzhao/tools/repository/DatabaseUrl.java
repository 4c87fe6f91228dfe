package dev.zhengzhao.tools.repository;

import picocli.CommandLine.Option;

/** The {@code --db} option every repository command takes (a picocli mixin). */
final class DatabaseUrl {
    @Option(
            names = "--db",
            required = true,
            paramLabel = "<jdbc-url>",
            description = "PostgreSQL JDBC URL with credentials, e.g. jdbc:postgresql://127.0.0.1:5432/zz?user=zz")
    String url;
}
