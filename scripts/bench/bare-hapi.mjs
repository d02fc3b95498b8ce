// The REST baseline of `npm run bench`: a bare Hapi server answering one route with a fixed JSON body.
// usage: node bare-hapi.mjs PORT PATH BODY_FILE
import fs from 'node:fs';
import Hapi from '@hapi/hapi';

const [, , port, route, bodyFile] = process.argv;
const body = fs.readFileSync(bodyFile, 'utf8');
const server = Hapi.server({ port: Number(port), host: '127.0.0.1' });
server.route({ method: 'GET', path: route, handler: (_req, h) => h.response(body).type('application/json') });
await server.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
