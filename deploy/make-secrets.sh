#!/usr/bin/env sh
# Creates the secret files deploy/compose.yaml mounts (deploy/secrets/), each random, and keeps
# any that already exist (so it is safe to run again; delete a file to regenerate it: see the key
# rotation steps in docs/operations.md). llm_api_key starts empty (the rule brain alone): write a Groq key
# into it to turn the language-model layer on.
# The folder is private to its owner (700); the files are 644 because compose bind-mounts them as they
# are, and the containers read them as their own users (node, uid 1000; postgres, uid 999).
set -eu
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"
chmod 700 "$dir"
umask 022

random() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
make() { # name content
  if [ -s "$dir/$1" ] || { [ "$1" = llm_api_key ] && [ -e "$dir/$1" ]; }; then
    echo "kept    $1"
  else
    printf '%s\n' "$2" > "$dir/$1"
    echo "created $1"
  fi
}

make backend_service_token "$(random 32)"
make backend_operator_token "$(random 32)"
make backend_token_secret "$(random 48)"
make webhook_secret "$(random 32)"
make postgres_password "$(random 24)"
make database_url "postgres://maitre:$(cat "$dir/postgres_password")@postgres:5432/maitre"
make llm_api_key ""
