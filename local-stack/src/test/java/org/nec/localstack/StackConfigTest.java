package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {

    @TempDir
    Path root;

    @Test
    void contractPortsAndStateUnderDotNec() {
        StackConfig config = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "given"));

        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.mongoPort()).isEqualTo(27017);
        assertThat(config.smtpPort()).isEqualTo(3025);
        assertThat(config.imapPort()).isEqualTo(3143);
        assertThat(config.services()).extracting(ServiceSpec::url).containsExactly("http://127.0.0.1:8081",
                "http://127.0.0.1:8082", "http://127.0.0.1:8083");
        assertThat(config.frontDoor().url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.publicUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.stateDir()).isEqualTo(root.resolve(".nec"));
        assertThat(config.organiserPassword()).isEqualTo("given");
        assertThat(config.passwordGenerated()).isFalse();
    }

    @Test
    void aGeneratedPasswordIsStoredAndReusedOnTheNextStart() throws Exception {
        StackConfig first = StackConfig.contract(root, Map.of());
        StackConfig second = StackConfig.contract(root, Map.of());

        assertThat(first.passwordGenerated()).isTrue();
        assertThat(first.organiserPassword()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.readString(root.resolve(".nec/organiser-password")).strip())
                .isEqualTo(first.organiserPassword());
        assertThat(second.organiserPassword()).isEqualTo(first.organiserPassword());
        assertThat(second.passwordGenerated()).isFalse();
    }

    @Test
    void servicesRunTheirExecutableJars() {
        StackConfig config = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p"));

        assertThat(config.service("notification").jar())
                .isEqualTo(root.resolve("notification-service/target/notification-service-exec.jar"));
        assertThat(config.service("agenda").database()).isEqualTo("agenda");
    }

    @Test
    void thePlatformsSettingsAreHandedToTheServicesButNotTheRestOfTheEnvironment() {
        StackConfig config = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p",
                "NEC_DIGEST_WINDOW", "PT2S", "PATH", "/usr/bin"));

        assertThat(config.settings()).containsExactly(Map.entry("NEC_DIGEST_WINDOW", "PT2S"));
    }

    @Test
    void theComponentsOutputReachesTheConsoleOnlyWhenAskedFor() {
        StackConfig verbose = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p", "NEC_VERBOSE", "true"));
        StackConfig quiet = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p"));

        assertThat(verbose.verbose()).isTrue();
        assertThat(quiet.verbose()).isEqualTo(Boolean.getBoolean("nec.verbose"));
    }

    @Test
    void aClusterAndSecondInstancesGetTheirOwnPortsAndTheReplicationFactor() {
        StackConfig config = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p"), 3, 2);

        assertThat(config.kafkaNodes()).extracting(StackConfig.KafkaNode::port).containsExactly(9092, 9094, 9096);
        assertThat(config.kafkaNodes()).extracting(StackConfig.KafkaNode::controllerPort)
                .containsExactly(9093, 9095, 9097);
        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096");
        assertThat(config.instancesOf("agenda")).extracting(ServiceSpec::name, ServiceSpec::port, ServiceSpec::database)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agenda", 8082, "agenda"),
                        org.assertj.core.groups.Tuple.tuple("agenda-2", 8182, "agenda"));
        assertThat(config.service("agenda-2").jar()).isEqualTo(config.service("agenda").jar());
        assertThat(config.settings()).containsEntry("NEC_MESSAGING_REPLICAS", "3");
    }

    @Test
    void theOrganisersOwnReplicationFactorWinsAndOneBrokerSetsNone() {
        StackConfig cluster = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p",
                "NEC_MESSAGING_REPLICAS", "2"), 3, 1);
        StackConfig single = StackConfig.contract(root, Map.of("NEC_ORGANISER_PASSWORD", "p"));

        assertThat(cluster.settings()).containsEntry("NEC_MESSAGING_REPLICAS", "2");
        assertThat(single.settings()).doesNotContainKey("NEC_MESSAGING_REPLICAS");
        assertThat(single.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(single.instances()).isEqualTo(1);
    }

    @Test
    void upTakesTheScaleOptionsAndRefusesAnythingElse() {
        assertThat(Nec.Scale.parse("up")).isEqualTo(new Nec.Scale(1, 1));
        assertThat(Nec.Scale.parse("up", "--brokers", "3", "--instances", "2")).isEqualTo(new Nec.Scale(3, 2));
        assertThat(Nec.Scale.parse("up", "--instances", "2")).isEqualTo(new Nec.Scale(1, 2));
        assertThat(Nec.Scale.parse("down")).isNull();
        assertThat(Nec.Scale.parse("up", "--brokers")).isNull();
        assertThat(Nec.Scale.parse("up", "--brokers", "three")).isNull();
        assertThat(Nec.Scale.parse("up", "--brokers", "9")).isNull();
        assertThat(Nec.Scale.parse("up", "--replicas", "3")).isNull();
    }
}
