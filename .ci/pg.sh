# Sourced by .ci/run: the database tests again against a real PostgreSQL, started and thrown away by
# scripts/with-postgres.sh (Debian's server binaries; the cluster runs as the postgres user).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "ci: installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The package's own cluster is not needed: the tests start their own.
  apt-get install -y -qq postgresql >/dev/null
fi
npm run test:pg
