/**
 * What an operator needs from a running instance: liveness and readiness (database, migrations,
 * live-update listener), Prometheus metrics, all on the management port, which binds to 127.0.0.1
 * by default and is the only place the endpoints answer without a sign-in.
 */
package com.contas.ops;
