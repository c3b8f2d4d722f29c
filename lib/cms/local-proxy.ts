/** Where the local proxy (decap-server, started by npm run edit) listens: this machine only. */
export const localProxy = { host: '127.0.0.1', port: 8081 };

export const localProxyUrl = `http://${localProxy.host}:${localProxy.port}`;
