"""The Helm chart (deploy/helm/labourlink) renders what Kubernetes and the operators accept, keeps the
cluster's rules (non-root, read-only, limits, budgets, deny by default, no secret values) and runs
the processes docker-compose.yml runs, with the same names, commands and ports.

Helm and the operators' CRDs come from deploy/local/helm.sh (the Go module proxy); the Kubernetes
schemas from the kubernetes-validate package; nothing is downloaded while the tests run.
"""

import json
import re
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from services.registry import SERVICE_NAMES
from shared.events.catalogue import STREAMS
from shared.settings import BusSettings

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy/helm/labourlink"
PRODUCTION = ROOT / "deploy/helm/values-production.yaml"
SCHEMAS = ROOT / "deploy/helm/schemas"
TOOLS = ROOT / "deploy/local/tools"
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
# The newest Kubernetes whose schemas kubernetes-validate ships (a current release).
KUBERNETES_VERSION = kubernetes_validate.latest_version()
VALUES = {"default": [], "production": [PRODUCTION]}
ROLES = {"serve": "api", "worker": "worker"}

Manifest = dict[str, Any]


@pytest.fixture(scope="session")
def helm() -> Path:
    """The pinned Helm; installing it must not fail quietly (the chart's tests never skip)."""
    done = subprocess.run(["bash", "deploy/local/helm.sh"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        pytest.fail(f"deploy/local/helm.sh failed:\n{done.stdout}\n{done.stderr}")
    return TOOLS / "bin/helm"


def _render(helm: Path, *values: Path, settings: tuple[str, ...] = ()) -> list[Manifest]:
    arguments = [str(helm), "template", "ll", str(CHART), "--namespace", "labourlink"]
    arguments += [f"--values={path}" for path in values] + [f"--set={setting}" for setting in settings]
    done = subprocess.run(arguments, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return [document for document in yaml.safe_load_all(done.stdout) if document]


@pytest.fixture(scope="session")
def rendered(helm: Path) -> dict[str, list[Manifest]]:
    return {name: _render(helm, *values) for name, values in VALUES.items()}


def _values(name: str) -> dict[str, Any]:
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    for path in VALUES[name]:
        _merge(values, yaml.safe_load(path.read_text()))
    return values


def _merge(into: dict[str, Any], overlay: dict[str, Any]) -> None:
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _of(manifests: list[Manifest], kind: str) -> list[Manifest]:
    return [manifest for manifest in manifests if manifest["kind"] == kind]


def _pod_templates(manifests: list[Manifest]) -> Iterator[tuple[str, Manifest]]:
    for manifest in manifests:
        if manifest["kind"] in {"Deployment", "Job"}:
            yield f"{manifest['kind']} {manifest['metadata']['name']}", manifest["spec"]["template"]


def _process(manifests: list[Manifest], service: str, role: str) -> Manifest:
    (deployment,) = [
        manifest
        for manifest in _of(manifests, "Deployment")
        if manifest["metadata"]["labels"]["labourlink/service"] == service.replace("_", "-")
        and manifest["metadata"]["labels"]["labourlink/role"] == role
    ]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container


def _selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return selector.items() <= labels.items()


# --- validation against Kubernetes and the operators' published schemas ---------------------------


@cache
def _crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    """(apiVersion, kind) → the CRD's openAPIV3Schema, strict: a field the CRD does not know is an error
    (the API server would drop it without a word)."""
    crds = [json.loads(path.read_text()) for path in sorted(SCHEMAS.glob("strimzi-*/*.json"))]
    for line in (SCHEMAS / "crds.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            module, file = line.split()
            crds.append(yaml.safe_load((TOOLS / "gomod" / module / file).read_text()))
    return {
        (f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"]): _strict(
            version["schema"]["openAPIV3Schema"]
        )
        for crd in crds
        for version in crd["spec"]["versions"]
    }


def _strict(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_strict(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    strict = {key: value if key == "properties" else _strict(value) for key, value in schema.items()}
    if "properties" in schema:
        strict["properties"] = {name: _strict(value) for name, value in schema["properties"].items()}
        if "additionalProperties" not in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
            strict["additionalProperties"] = False
    return strict


def _invalid(manifest: Manifest) -> str | None:
    schema = _crd_schemas().get((manifest["apiVersion"], manifest["kind"]))
    try:
        if schema is not None:
            jsonschema.Draft4Validator(schema).validate({**manifest, "metadata": {}})
        else:
            kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)
    except (jsonschema.ValidationError, kubernetes_validate.SchemaNotFoundError) as error:
        return f"{manifest['kind']} {manifest['metadata']['name']}: {getattr(error, 'message', error)}"
    return None


@pytest.mark.parametrize("values", VALUES)
def test_every_rendered_manifest_is_valid_for_kubernetes_and_its_operator(
    values: str, rendered: dict[str, list[Manifest]]
) -> None:
    manifests = rendered[values]
    assert [error for manifest in manifests if (error := _invalid(manifest))] == []


def test_production_renders_every_operator_resource_it_is_validated_against(
    rendered: dict[str, list[Manifest]],
) -> None:
    kinds = {(manifest["apiVersion"], manifest["kind"]) for manifest in rendered["production"]}
    assert {("kafka.strimzi.io/v1", kind) for kind in ("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")} <= kinds
    assert {
        ("postgresql.cnpg.io/v1", "Cluster"),
        ("keda.sh/v1alpha1", "ScaledObject"),
        ("monitoring.coreos.com/v1", "ServiceMonitor"),
        ("monitoring.coreos.com/v1", "PrometheusRule"),
    } <= kinds


def test_a_field_the_operator_does_not_know_is_refused() -> None:
    topic = {
        "apiVersion": "kafka.strimzi.io/v1",
        "kind": "KafkaTopic",
        "metadata": {"name": "t"},
        "spec": {"partitions": 6, "retentionHours": 1},
    }
    assert _invalid(topic) is not None


@pytest.mark.parametrize("values", VALUES)
def test_helm_lint_strict_finds_nothing(values: str, helm: Path) -> None:
    done = subprocess.run(
        [str(helm), "lint", "--strict", str(CHART), *(f"--values={path}" for path in VALUES[values])],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# --- the cluster's rules ----------------------------------------------------------------------------


@pytest.mark.parametrize("values", VALUES)
def test_every_container_runs_unprivileged_read_only_and_within_limits(
    values: str, rendered: dict[str, list[Manifest]]
) -> None:
    templates = list(_pod_templates(rendered[values]))
    assert len(templates) == 3 * len(SERVICE_NAMES)  # API, worker and migration of each
    for name, template in templates:
        pod = template["spec"]["securityContext"]
        assert pod["runAsNonRoot"] and pod["runAsUser"] != 0, name
        assert pod["seccompProfile"]["type"] == "RuntimeDefault", name
        for container in template["spec"]["containers"]:
            security = container["securityContext"]
            assert security["readOnlyRootFilesystem"] is True, name
            assert security["allowPrivilegeEscalation"] is False, name
            assert security["capabilities"]["drop"] == ["ALL"], name
            assert {"cpu", "memory"} <= container["resources"]["limits"].keys(), name
            assert {"cpu", "memory"} <= container["resources"]["requests"].keys(), name


@pytest.mark.parametrize("values", VALUES)
def test_every_deployment_has_a_disruption_budget_and_probes_on_a_port_it_serves(
    values: str, rendered: dict[str, list[Manifest]]
) -> None:
    manifests = rendered[values]
    deployments = _of(manifests, "Deployment")
    assert len(deployments) == 2 * len(SERVICE_NAMES)
    budgets = _of(manifests, "PodDisruptionBudget")
    for deployment in deployments:
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        name = deployment["metadata"]["name"]
        assert [b for b in budgets if _selects(b["spec"]["selector"]["matchLabels"], labels)], f"{name}: no PDB"
        pod = deployment["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        assert pod["terminationGracePeriodSeconds"] > container["lifecycle"]["preStop"]["sleep"]["seconds"]
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", name
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", name
        assert container["startupProbe"]["httpGet"]["path"] == "/healthz", name
        served = {port["name"]: port["containerPort"] for port in container["ports"]}
        for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
            assert container[probe]["httpGet"]["port"] in served, f"{name}: {probe} on a port it does not declare"
        if labels["labourlink/role"] == "worker":  # its health server listens where HEALTH_PORT says
            environment = {variable["name"]: variable.get("value") for variable in container["env"]}
            assert int(environment["HEALTH_PORT"]) == served[container["livenessProbe"]["httpGet"]["port"]], name


@pytest.mark.parametrize("values", VALUES)
def test_no_secret_value_is_rendered_only_references_to_an_existing_secret(
    values: str, rendered: dict[str, list[Manifest]]
) -> None:
    """What compose reads from the operator's environment (${...}) and the database URLs are secrets."""
    secrets = {"DATABASE_URL", "DATABASE_PASSWORD", "KAFKA_SASL_PASSWORD"} | {
        name
        for process in COMPOSE["services"].values()
        for name, value in (process.get("environment") or {}).items()
        if str(value).startswith("${")
    }
    assert "TOKEN_SIGNING_KEY" in secrets
    manifests = rendered[values]
    assert _of(manifests, "Secret") == [] and _of(manifests, "ConfigMap") == []
    for name, template in _pod_templates(manifests):
        for variable in template["spec"]["containers"][0]["env"]:
            if variable["name"] not in secrets:
                continue
            if "valueFrom" in variable:
                assert variable["valueFrom"]["secretKeyRef"]["name"], name
            else:  # a URL Kubernetes composes from secretKeyRef variables, holding no credential itself
                assert variable["name"] == "DATABASE_URL", f"{name}: {variable['name']} has a literal value"
                assert "$(DATABASE_PASSWORD)" in variable["value"], name


def test_the_secret_the_deployer_names_is_read_only_by_reference(helm: Path) -> None:
    canary = "canary-7f3a9c"
    manifests = _render(helm, settings=(f"secret.name={canary}",))
    text = json.dumps(manifests)
    references = text.count(f'"secretKeyRef": {{"name": "{canary}"')
    assert references > 0 and text.count(canary) == references


@pytest.mark.parametrize("values", VALUES)
def test_the_network_denies_by_default_and_only_the_gateway_is_reached_from_outside(
    values: str, rendered: dict[str, list[Manifest]]
) -> None:
    manifests = rendered[values]
    policies = _of(manifests, "NetworkPolicy")
    pods = [template["metadata"]["labels"] for _, template in _pod_templates(manifests)]
    deny = [
        policy
        for policy in policies
        if set(policy["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        and not policy["spec"].get("ingress")
        and not policy["spec"].get("egress")
        and all(_selects(policy["spec"]["podSelector"]["matchLabels"], labels) for labels in pods)
    ]
    assert deny, "no policy denies every process's traffic by default"

    prometheus = _values(values)["networkPolicy"]["prometheusNamespace"]
    from_outside = {
        policy["spec"]["podSelector"]["matchLabels"].get("labourlink/service")
        for policy in policies
        for rule in policy["spec"].get("ingress", [])
        for peer in rule["from"]
        if "namespaceSelector" in peer
        and peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"] != prometheus
        and "cnpg.io/cluster" not in policy["spec"]["podSelector"]["matchLabels"]
    }
    assert from_outside == {"gateway"}
    (ingress,) = _of(manifests, "Ingress")
    assert ingress["spec"]["tls"][0]["secretName"]
    (path,) = ingress["spec"]["rules"][0]["http"]["paths"]
    assert path["backend"]["service"]["name"] == "ll-gateway"


@pytest.mark.parametrize("values", VALUES)
def test_prometheus_scrapes_every_api_and_worker_through_the_network_policy_when_monitoring_is_on(
    helm: Path, values: str
) -> None:
    manifests = _render(helm, *VALUES[values], settings=("metrics.enabled=true",))
    services, monitors = _of(manifests, "Service"), _of(manifests, "ServiceMonitor")
    prometheus = _values(values)["networkPolicy"]["prometheusNamespace"]
    for deployment in _of(manifests, "Deployment"):
        name, labels = deployment["metadata"]["name"], deployment["spec"]["template"]["metadata"]["labels"]
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        served = {port["name"] for port in container["ports"]}
        scraped = {
            port["targetPort"]
            for service in services
            if _selects(service["spec"]["selector"], labels)
            for monitor in monitors
            if _selects(monitor["spec"]["selector"]["matchLabels"], service["metadata"]["labels"])
            for endpoint in monitor["spec"]["endpoints"]
            if endpoint["path"] == "/metrics"
            for port in service["spec"]["ports"]
            if port["name"] == endpoint["port"]
        }
        assert scraped and scraped <= served, f"{name}: no ServiceMonitor scrapes a port it serves"
        admitted = {
            port["port"]
            for policy in _of(manifests, "NetworkPolicy")
            if _selects(policy["spec"]["podSelector"]["matchLabels"], labels)
            for rule in policy["spec"].get("ingress", [])
            if any(
                peer.get("namespaceSelector", {}).get("matchLabels", {}).get("kubernetes.io/metadata.name")
                == prometheus
                for peer in rule["from"]
            )
            for port in rule["ports"]
        }
        assert scraped <= admitted, f"{name}: Prometheus may not reach {scraped - admitted}"


# --- Kafka: each service as its own user ------------------------------------------------------------


def _environment(template: Manifest) -> dict[str, Manifest]:
    (container,) = template["spec"]["containers"]
    return {variable["name"]: variable for variable in container["env"]}


def test_with_strimzi_each_process_reaches_kafka_as_its_services_own_user_over_tls(
    rendered: dict[str, list[Manifest]],
) -> None:
    manifests = rendered["production"]
    (kafka,) = _of(manifests, "Kafka")
    cluster, listeners = kafka["metadata"]["name"], kafka["spec"]["kafka"]["listeners"]
    assert all(listener.get("authentication") for listener in listeners), "a listener takes clients without credentials"
    (scram,) = [listener for listener in listeners if listener["authentication"]["type"].startswith("scram-sha-")]
    assert scram["tls"] is True
    bootstrap = f"{cluster}-kafka-bootstrap:{scram['port']}"  # the bootstrap Service Strimzi makes
    users = {user["metadata"]["name"] for user in _of(manifests, "KafkaUser")}
    templates = list(_pod_templates(manifests))
    assert len(templates) == 3 * len(SERVICE_NAMES)
    for name, template in templates:
        user = f"ll-{template['metadata']['labels']['labourlink/service']}"
        assert user in users, name
        environment = _environment(template)
        assert environment["KAFKA_BOOTSTRAP_SERVERS"]["value"] == bootstrap, name
        assert environment["KAFKA_SASL_USERNAME"]["value"] == user, name
        # Strimzi writes the user's password into a Secret named after the user.
        password = environment["KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"]
        assert password == {"name": user, "key": "password"}, name
        # What the process reads at start is accepted by its settings (the password a stand-in here).
        given = {
            variable.lower(): entry.get("value", "from-the-secret")
            for variable, entry in environment.items()
            if variable.startswith(("BUS_", "KAFKA_"))
        }
        settings = BusSettings(**given)
        assert settings.kafka_security_protocol == "SASL_SSL", name
        assert settings.kafka_sasl_mechanism == scram["authentication"]["type"].upper(), name
        # The brokers' certificates are checked against the cluster CA, mounted from Strimzi's Secret.
        (container,) = template["spec"]["containers"]
        (mount,) = [m for m in container["volumeMounts"] if settings.kafka_ssl_cafile.startswith(m["mountPath"] + "/")]
        (volume,) = [v for v in template["spec"]["volumes"] if v["name"] == mount["name"]]
        assert volume["secret"]["secretName"] == f"{cluster}-cluster-ca-cert", name
    # KEDA reads each consumer group's lag as that service's user, on the same listener.
    authentications = {a["metadata"]["name"]: a["spec"] for a in _of(manifests, "TriggerAuthentication")}
    for scaled in _of(manifests, "ScaledObject"):
        (trigger,) = scaled["spec"]["triggers"]
        user = f"ll-{scaled['metadata']['labels']['labourlink/service']}"
        assert trigger["metadata"]["bootstrapServers"] == bootstrap
        assert trigger["metadata"]["tls"] == "enable" and trigger["metadata"]["sasl"] == "scram_sha512"
        authentication = authentications[trigger["authenticationRef"]["name"]]
        assert {"parameter": "password", "name": user, "key": "password"} in authentication["secretTargetRef"]


def test_without_strimzi_each_service_takes_its_kafka_user_from_the_secret_the_deployer_names(helm: Path) -> None:
    sasl = ("kafka.securityProtocol=SASL_SSL", "keda.enabled=true")
    manifests = _render(helm, settings=(*sasl, "kafka.credentialsSecret=kafka-users", "kafka.caSecret=kafka-ca"))
    assert [error for manifest in manifests if (error := _invalid(manifest))] == []
    for name, template in _pod_templates(manifests):
        service = template["metadata"]["labels"]["labourlink/service"]
        environment = _environment(template)
        assert environment["KAFKA_SECURITY_PROTOCOL"]["value"] == "SASL_SSL", name
        for variable, key in (("KAFKA_SASL_USERNAME", "username"), ("KAFKA_SASL_PASSWORD", "password")):
            reference = environment[variable]["valueFrom"]["secretKeyRef"]
            assert reference == {"name": "kafka-users", "key": f"{service}-kafka-{key}"}, name
        assert {"secretName": "kafka-ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]} in [
            volume.get("secret") for volume in template["spec"]["volumes"]
        ], name

    done = subprocess.run(
        [str(TOOLS / "bin/helm"), "template", "ll", str(CHART), *(f"--set={setting}" for setting in sasl)],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "kafka.credentialsSecret" in done.stderr


# --- scaling ----------------------------------------------------------------------------------------


def test_workers_never_outnumber_the_partitions_of_their_topics(helm: Path) -> None:
    for values in VALUES.values():
        for keda in ("true", "false"):
            manifests = _render(helm, *values, settings=(f"keda.enabled={keda}", "worker.autoscaling.maxReplicas=99"))
            partitions = 12 if values else 6
            workers = [
                m
                for m in manifests
                if m["kind"] in {"ScaledObject", "HorizontalPodAutoscaler"}
                and m["metadata"]["labels"]["labourlink/role"] == "worker"
            ]
            assert len(workers) == len(SERVICE_NAMES)
            assert {m["spec"].get("maxReplicaCount", m["spec"].get("maxReplicas")) for m in workers} == {partitions}


def test_each_api_scales_on_cpu_and_each_worker_on_its_consumer_groups_lag(
    rendered: dict[str, list[Manifest]],
) -> None:
    manifests = rendered["production"]
    apis = [m for m in _of(manifests, "HorizontalPodAutoscaler") if m["metadata"]["labels"]["labourlink/role"] == "api"]
    assert {m["spec"]["scaleTargetRef"]["name"] for m in apis} == {
        f"ll-{s.replace('_', '-')}-api" for s in SERVICE_NAMES
    }
    assert {m["spec"]["metrics"][0]["resource"]["name"] for m in apis} == {"cpu"}
    groups = {m["spec"]["triggers"][0]["metadata"]["consumerGroup"] for m in _of(manifests, "ScaledObject")}
    assert groups == {f"labourlink.{service}" for service in SERVICE_NAMES}


# --- one source with the event catalogue and the alert rules --------------------------------------


@pytest.mark.parametrize("values", VALUES)
def test_strimzi_topics_are_the_event_catalogues_streams_and_their_dead_letters(values: str, helm: Path) -> None:
    manifests = _render(helm, *VALUES[values], settings=("strimzi.enabled=true",))
    topics = {topic["spec"]["topicName"]: topic["spec"] for topic in _of(manifests, "KafkaTopic")}
    assert topics.keys() == {name for stream in STREAMS for name in (stream.topic, stream.dead_letter_topic)}
    assert {topic["partitions"] for topic in topics.values()} == {_values(values)["kafka"]["partitions"]}


def test_the_default_partition_count_is_the_one_the_services_create_topics_with() -> None:
    assert _values("default")["kafka"]["partitions"] == BusSettings.model_fields["topic_partitions"].default


def test_the_prometheus_rule_carries_the_monitoring_alerts_unchanged(rendered: dict[str, list[Manifest]]) -> None:
    (rule,) = _of(rendered["production"], "PrometheusRule")
    assert rule["spec"] == yaml.safe_load((ROOT / "deploy/monitoring/alerts.yml").read_text())


# --- the same processes as docker-compose.yml ------------------------------------------------------


def _compose_processes() -> dict[tuple[str, str], dict[str, Any]]:
    processes = {}
    for process in COMPOSE["services"].values():
        command = process.get("command", [])
        if command[:1] == ["labourlink"]:
            processes[(command[3], ROLES[command[1]])] = process
    return processes


@pytest.mark.parametrize("values", VALUES)
def test_the_chart_runs_the_processes_of_docker_compose_with_the_same_commands(
    values: str, rendered: dict[str, list[Manifest]]
) -> None:
    manifests = rendered[values]
    chart = {
        (d["metadata"]["labels"]["labourlink/service"], d["metadata"]["labels"]["labourlink/role"])
        for d in _of(manifests, "Deployment")
    }
    assert chart == {(service.replace("_", "-"), role) for service, role in _compose_processes()}
    for (service, role), process in _compose_processes().items():
        assert _process(manifests, service, role)["command"] == process["command"]


def test_the_chart_sets_the_environment_names_docker_compose_sets(rendered: dict[str, list[Manifest]]) -> None:
    for (service, role), process in _compose_processes().items():
        chart = {variable["name"] for variable in _process(rendered["default"], service, role)["env"]}
        assert chart == set(process["environment"]), f"{service} {role}"


def test_the_chart_serves_on_the_ports_docker_compose_serves_on(rendered: dict[str, list[Manifest]]) -> None:
    manifests = rendered["default"]
    services = {s["metadata"]["name"]: s["spec"]["ports"] for s in _of(manifests, "Service")}
    for (service, role), process in _compose_processes().items():
        (published,) = process["ports"]
        container_port = int(published.rsplit(":", 1)[1])
        (port,) = _process(manifests, service, role)["ports"]
        assert port["containerPort"] == container_port, f"{service} {role}"
        if role == "api":
            assert services[f"ll-{service.replace('_', '-')}"][0]["port"] == container_port
    gateway = {v["name"]: v.get("value") for v in _process(manifests, "gateway", "api")["env"]}
    for upstream in SERVICE_NAMES:
        if upstream != "gateway":
            url = re.fullmatch(r"http://([^:/]+):(\d+)", gateway[f"{upstream.upper()}_URL"])
            assert url, f"{upstream.upper()}_URL is not a service address"
            assert services[url.group(1)][0]["port"] == int(url.group(2))
