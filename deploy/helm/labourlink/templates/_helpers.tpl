{{/* The Kubernetes name of a service: labour, social-insurance, job-matching, gateway (as in docker-compose.yml). */}}
{{- define "labourlink.dns" -}}
{{- . | replace "_" "-" -}}
{{- end -}}

{{/* The name of one of the release's objects, e.g. "ll-social-insurance-worker". */}}
{{- define "labourlink.name" -}}
{{- printf "%s-%s" .root.Release.Name (include "labourlink.dns" .service) -}}{{ with .role }}-{{ . }}{{ end }}
{{- end -}}

{{- define "labourlink.commonLabels" -}}
app.kubernetes.io/name: labourlink
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* What selects one service's processes of one role (api, worker, migrate). */}}
{{- define "labourlink.selector" -}}
app.kubernetes.io/name: labourlink
app.kubernetes.io/instance: {{ .root.Release.Name }}
labourlink/service: {{ include "labourlink.dns" .service }}
{{- with .role }}
labourlink/role: {{ . }}
{{- end }}
{{- end -}}

{{/* An object's labels: its selector's, and who manages it (each key once: YAML refuses a repeated key). */}}
{{- define "labourlink.labels" -}}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{ include "labourlink.selector" . }}
{{- end -}}

{{- define "labourlink.kafkaCluster" -}}{{ .Release.Name }}-kafka{{- end -}}
{{/* The scram listener of the Strimzi cluster (the only one it has), or the existing cluster's. */}}
{{- define "labourlink.kafkaBootstrap" -}}
{{- if .Values.strimzi.enabled -}}{{ include "labourlink.kafkaCluster" . }}-kafka-bootstrap:9094{{- else -}}{{ .Values.kafka.bootstrapServers }}{{- end -}}
{{- end -}}

{{/* How one service's processes authenticate to Kafka and check its certificates (docs/security.md
"Kafka"): with Strimzi, as the service's own KafkaUser (its password in the Secret Strimzi writes under
the user's name) over TLS checked against the cluster's CA; otherwise as kafka.* says. YAML of
protocol, mechanism, username (or usernameRef), passwordRef and caRef, for fromYaml. */}}
{{- define "labourlink.kafkaSecurity" -}}
{{- $root := .root -}}
{{- $kafka := $root.Values.kafka -}}
{{- if $root.Values.strimzi.enabled -}}
{{- $user := include "labourlink.name" (dict "root" $root "service" .service) -}}
protocol: SASL_SSL
mechanism: SCRAM-SHA-512
username: {{ $user }}
passwordRef: {name: {{ $user }}, key: password}
caRef: {name: {{ include "labourlink.kafkaCluster" $root }}-cluster-ca-cert, key: ca.crt}
{{- else -}}
protocol: {{ $kafka.securityProtocol }}
{{- if hasPrefix "SASL_" $kafka.securityProtocol }}
{{- $secret := required "kafka.credentialsSecret: name the Secret of the services' SCRAM users and passwords" $kafka.credentialsSecret }}
{{- $dns := include "labourlink.dns" .service }}
mechanism: {{ $kafka.saslMechanism }}
usernameRef: {name: {{ $secret }}, key: {{ $dns }}-kafka-username}
passwordRef: {name: {{ $secret }}, key: {{ $dns }}-kafka-password}
{{- end }}
{{- if and (hasSuffix "SSL" $kafka.securityProtocol) $kafka.caSecret }}
caRef: {name: {{ $kafka.caSecret }}, key: ca.crt}
{{- end }}
{{- end -}}
{{- end -}}
{{- define "labourlink.kafkaCaDirectory" -}}/etc/labourlink/kafka-ca{{- end -}}
{{- define "labourlink.databaseCluster" -}}{{ printf "%s-%s-db" .root.Release.Name (include "labourlink.dns" .service) }}{{- end -}}

{{/* The environment of a process (role api, worker or migrate): the names of docker-compose.yml. */}}
{{- define "labourlink.env" -}}
{{- $root := .root -}}
{{- $kafka := include "labourlink.kafkaSecurity" . | fromYaml }}
- name: BUS_BACKEND
  value: kafka
- name: KAFKA_BOOTSTRAP_SERVERS
  value: {{ include "labourlink.kafkaBootstrap" $root | quote }}
{{- if ne $kafka.protocol "PLAINTEXT" }}
- name: KAFKA_SECURITY_PROTOCOL
  value: {{ $kafka.protocol | quote }}
{{- end }}
{{- with $kafka.mechanism }}
- name: KAFKA_SASL_MECHANISM
  value: {{ . | quote }}
{{- end }}
{{- with $kafka.username }}
- name: KAFKA_SASL_USERNAME
  value: {{ . | quote }}
{{- end }}
{{- with $kafka.usernameRef }}
- name: KAFKA_SASL_USERNAME
  valueFrom:
    secretKeyRef: {name: {{ .name }}, key: {{ .key }}}
{{- end }}
{{- with $kafka.passwordRef }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ .name }}, key: {{ .key }}}
{{- end }}
{{- with $kafka.caRef }}
- name: KAFKA_SSL_CAFILE
  value: {{ printf "%s/%s" (include "labourlink.kafkaCaDirectory" $root) .key | quote }}
{{- end }}
- name: LOG_LEVEL
  value: {{ $root.Values.log.level | quote }}
- name: LOG_FORMAT
  value: {{ $root.Values.log.format | quote }}
{{- if eq .role "api" }}
- name: RUN_WORKERS
  value: "false"
{{- end }}
{{- if and (eq .role "api") (has .service (list "labour" "social_insurance")) }}
{{- /* Where the QR code of a document this service issues sends its reader to verify it. */}}
- name: PUBLIC_GATEWAY_URL
  value: {{ printf "https://%s" $root.Values.ingress.host | quote }}
{{- end }}
{{- if eq .role "api" }}
{{- range $env, $key := (index $root.Values.services .service).apiSecretEnv }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.secret.name }}, key: {{ $key }}}
{{- end }}
{{- end }}
{{- if eq .role "worker" }}
- name: HEALTH_PORT
  value: {{ $root.Values.worker.healthPort | quote }}
{{- end }}
{{- if eq .service "gateway" }}
{{- range $name, $_ := $root.Values.services }}
{{- if ne $name "gateway" }}
- name: {{ printf "%s_URL" (upper $name) }}
  value: {{ printf "http://%s:%v" (include "labourlink.name" (dict "root" $root "service" $name)) $root.Values.port | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- range $env, $key := (index $root.Values.services .service).secretEnv }}
{{- if and $root.Values.cnpg.enabled (eq $env "DATABASE_URL") }}
{{- $cluster := include "labourlink.databaseCluster" $ }}
{{- /* CloudNativePG keeps the owner's credentials in <cluster>-app; its "uri" lacks the asyncpg driver, so the URL is composed here by Kubernetes from the two keys. */}}
- name: DATABASE_USER
  valueFrom:
    secretKeyRef: {name: {{ $cluster }}-app, key: username}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ $cluster }}-app, key: password}
- name: DATABASE_URL
  value: {{ printf "postgresql+asyncpg://$(DATABASE_USER):$(DATABASE_PASSWORD)@%s-rw:5432/%s" $cluster $.service | quote }}
{{- else }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.secret.name }}, key: {{ $key }}}
{{- end }}
{{- end }}
{{- end -}}

{{/* The container of a process: image, command, environment, security and resources. */}}
{{- define "labourlink.container" -}}
- name: {{ .role }}
  image: {{ printf "%s:%s" .root.Values.image.repository .root.Values.image.tag | quote }}
  imagePullPolicy: {{ .root.Values.image.pullPolicy }}
  command: {{ toJson .command }}
  env:
    {{- include "labourlink.env" . | nindent 4 }}
  securityContext:
    {{- toYaml .root.Values.securityContext | nindent 4 }}
  resources:
    {{- toYaml .resources | nindent 4 }}
  volumeMounts:
    - {name: tmp, mountPath: /tmp}
    {{- if (include "labourlink.kafkaSecurity" . | fromYaml).caRef }}
    - {name: kafka-ca, mountPath: {{ include "labourlink.kafkaCaDirectory" .root }}, readOnly: true}
    {{- end }}
{{- end -}}

{{- define "labourlink.podSpec" -}}
securityContext:
  {{- toYaml .root.Values.podSecurityContext | nindent 2 }}
automountServiceAccountToken: false
volumes:
  # The root filesystem is read-only; temporary files (uploads, Alembic) go here.
  - {name: tmp, emptyDir: {sizeLimit: 256Mi}}
  {{- with (include "labourlink.kafkaSecurity" . | fromYaml).caRef }}
  # The CA the brokers' certificates chain to (KAFKA_SSL_CAFILE): a certificate, no secret.
  - name: kafka-ca
    secret: {secretName: {{ .name }}, items: [{key: {{ .key }}, path: {{ .key }}}]}
  {{- end }}
{{- end -}}

{{/* Readiness /readyz, liveness and startup /healthz on the named port: an API's, or a worker's
health server (HEALTH_PORT). */}}
{{- define "labourlink.probes" -}}
# Migrations run at start (after the hook's Job, under its advisory lock): startup allows for them.
startupProbe:
  httpGet: {path: /healthz, port: {{ . }}}
  periodSeconds: 5
  failureThreshold: 60
livenessProbe:
  httpGet: {path: /healthz, port: {{ . }}}
  periodSeconds: 10
  timeoutSeconds: 5
  failureThreshold: 3
readinessProbe:
  httpGet: {path: /readyz, port: {{ . }}}
  periodSeconds: 5
  timeoutSeconds: 5
  failureThreshold: 2
{{- end -}}
