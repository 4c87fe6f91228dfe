package dev.zhengzhao.signer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keys know nothing of formats, formats nothing of documents, and only the verifiers see
 * everything: the inner packages stay usable on their own (an HSM key, a QR decoder).
 */
class PackageDirectionTest {
    private static final JavaClasses SIGNER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zhengzhao.signer");

    @Test
    void keysDependOnNoOtherSignerPackage() {
        noClasses()
                .that()
                .resideInAPackage("..signer.key..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..signer.cose..", "..signer.qr..", "..signer.pdf..", "..signer.sign..", "..signer.verify..")
                .check(SIGNER);
    }

    @Test
    void qrAndCoseDoNotKnowPdfsSignersOrVerifiers() {
        noClasses()
                .that()
                .resideInAnyPackage("..signer.qr..", "..signer.cose..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..signer.pdf..", "..signer.sign..", "..signer.verify..")
                .check(SIGNER);
    }

    @Test
    void signingDoesNotDependOnVerification() {
        noClasses()
                .that()
                .resideInAnyPackage("..signer.sign..", "..signer.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..signer.verify..")
                .check(SIGNER);
    }
}
