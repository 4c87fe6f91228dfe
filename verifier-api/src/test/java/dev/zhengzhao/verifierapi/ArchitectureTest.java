package dev.zhengzhao.verifierapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service is packaged by feature (verification, issuance, holder, trust publication, access,
 * signing keys, status cache, audit…) with no cycle between the packages; the demo is one
 * configuration that nothing else depends on; and the verification feature reaches verification
 * only through core's use case.
 */
class ArchitectureTest {
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zhengzhao.verifierapi");

    @Test
    void featurePackagesHaveNoCycle() {
        slices().matching("dev.zhengzhao.verifierapi.(*)..")
                .should()
                .beFreeOfCycles()
                .check(SERVICE);
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..verifierapi.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..verifierapi.demo..")
                .check(SERVICE);
    }

    @Test
    void verificationGoesThroughCoresUseCaseNotTheSignerOrTrustDirectly() {
        noClasses()
                .that()
                .resideInAPackage("..verifierapi.verification..")
                .and()
                .haveSimpleNameNotEndingWith("Configuration")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.zhengzhao.signer..", "dev.zhengzhao.crosscert..")
                .check(SERVICE);
    }

    @Test
    void holderCodeSeesNoBouncyCastle() {
        noClasses()
                .that()
                .resideInAPackage("..verifierapi.holder..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.bouncycastle..")
                .check(SERVICE);
    }
}
