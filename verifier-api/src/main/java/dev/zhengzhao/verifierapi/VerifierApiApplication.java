package dev.zhengzhao.verifierapi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Zhengzhao verification service. {@code java -jar verifier-api.jar} runs it on the embedded
 * defaults (PostgreSQL under ./data, in-process status cache); {@code --demo} also seeds licence
 * types, issuers with keys, sample licences and writes data/demo/credentials.json.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VerifierApiApplication {
    public static void main(String[] args) {
        dev.zhengzhao.signer.key.Randomness.installPerThreadDrbg();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            springArgs.add(arg.equals("--demo") ? "--zz.demo.enabled=true" : arg);
        }
        SpringApplication.run(VerifierApiApplication.class, springArgs.toArray(String[]::new));
    }
}
