#!/usr/bin/env bash
# Provision and start a single-node Apache Kafka broker in KRaft mode on 127.0.0.1.
# Jars come from Maven Central (deploy/local/kafka/pom.xml) via mvn; data lives under var/kafka.
# Idempotent: a second run reuses the jars and the formatted log directory, and does nothing
# if the broker already answers.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${LABOURLINK_KAFKA_PORT:-19092}"
controller_port="${LABOURLINK_KAFKA_CONTROLLER_PORT:-19093}"
home="$root/var/kafka"
libs="$home/libs"
data="$home/data"
config="$home/server.properties"
log="$home/broker.log"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

if answers; then
  echo "kafka: already listening on 127.0.0.1:$port"
  exit 0
fi

command -v java >/dev/null || { echo "kafka: java is required (Java 17)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "kafka: mvn is required to fetch the broker from Maven Central" >&2; exit 1; }

mkdir -p "$home"
if [ ! -f "$libs/.complete" ]; then
  echo "kafka: fetching org.apache.kafka:kafka_2.13 and its runtime dependencies with mvn"
  rm -rf "$libs"
  mvn -B -q -f "$root/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$libs"
  touch "$libs/.complete"
fi

cat > "$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$data
num.partitions=6
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
PROPS

cat > "$home/log4j.properties" <<PROPS
log4j.rootLogger=WARN, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$home/server.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
PROPS

if [ ! -f "$data/meta.properties" ]; then
  cluster_id="$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid)"
  java -cp "$libs/*" -Dlog4j.configuration="file:$home/log4j.properties" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >/dev/null
fi

echo "kafka: starting broker on 127.0.0.1:$port (log: $log)"
nohup java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$home/log4j.properties" \
    -cp "$libs/*" kafka.Kafka "$config" >"$log" 2>&1 &
echo $! > "$home/broker.pid"

for _ in $(seq 1 120); do
  if answers; then
    echo "kafka: ready on 127.0.0.1:$port"
    exit 0
  fi
  if ! kill -0 "$(cat "$home/broker.pid")" 2>/dev/null; then
    echo "kafka: the broker exited; last lines of $log and $home/server.log:" >&2
    tail -n 40 "$log" "$home/server.log" >&2 || true
    exit 1
  fi
  sleep 0.5
done
echo "kafka: the broker did not listen on 127.0.0.1:$port within 60 s" >&2
tail -n 40 "$log" >&2 || true
exit 1
