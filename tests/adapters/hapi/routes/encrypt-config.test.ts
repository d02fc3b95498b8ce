import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { V1, testServer } from '../support/test-server';

const s = suite('routes/encrypt-config');

/** The request body of SeaTunnel's REST API documentation (2.3.5), as written there. */
const SEED_BODY = `{
    "env": {
        "parallelism": 1,
        "shade.identifier":"base64"
    },
    "source": [
        {
            "plugin_name": "MySQL-CDC",
            "schema" : {
                "fields": {
                    "name": "string",
                    "age": "int"
                }
            },
            "result_table_name": "fake",
            "parallelism": 1,
            "hostname": "127.0.0.1",
            "username": "seatunnel",
            "password": "seatunnel_password",
            "table-name": "inventory_vwyw0n"
        }
    ],
    "transform": [
    ],
    "sink": [
        {
            "plugin_name": "Clickhouse",
            "host": "localhost:8123",
            "database": "default",
            "table": "fake_all",
            "username": "seatunnel",
            "password": "seatunnel_password"
        }
    ]
}`;

const SEED_ANSWER =
  '{"env":{"parallelism":1,"shade.identifier":"base64"},"source":[{"plugin_name":"MySQL-CDC","schema":{"fields":{"name":"string","age":"int"}},"result_table_name":"fake","parallelism":1,"hostname":"127.0.0.1","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk","table-name":"inventory_vwyw0n"}],"transform":[],"sink":[{"plugin_name":"Clickhouse","host":"localhost:8123","database":"default","table":"fake_all","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk"}]}';

s('the documented example answers byte for byte what SeaTunnel answers, on v1 and v2', async () => {
  const t = await testServer();
  try {
    for (const url of [`${V1}/encrypt-config`, '/encrypt-config']) {
      const r = await t.request('POST', url, SEED_BODY);
      assert.is(r.status, 200);
      assert.is(r.headers['content-type'], 'application/json');
      assert.is(r.text, SEED_ANSWER);
    }
  } finally {
    await t.close();
  }
});

s('values keep their JSON form: doubles as Java prints them, big integers exactly, non-string secrets become strings', async () => {
  const t = await testServer();
  try {
    const body = '{"env":{"shade.identifier":"base64","ratio":1.0,"big":1e20,"id":733584788375666689},"source":[{"plugin_name":"X","password":123456,"auth":true,"token":["a","b"],"nested":{"password":"stays"}}],"sink":[{"plugin_name":"Y","username":null}]}';
    const r = await t.request('POST', '/encrypt-config', body);
    assert.is(r.status, 200, r.text);
    assert.is(
      r.text,
      '{"env":{"shade.identifier":"base64","ratio":1.0,"big":1.0E20,"id":733584788375666689},"source":[{"plugin_name":"X","password":"MTIzNDU2","auth":"dHJ1ZQ==","token":"W2EsIGJd","nested":{"password":"stays"}}],"sink":[{"plugin_name":"Y","username":null}]}',
    );
  } finally {
    await t.close();
  }
});

s('an unknown shade, an empty source list and a non-object body answer 400 with what is wrong', async () => {
  const t = await testServer();
  try {
    const unknown = await t.request('POST', '/encrypt-config', '{"env":{"shade.identifier":"nope"},"source":[{"plugin_name":"X"}],"sink":[{"plugin_name":"Y"}]}');
    assert.is(unknown.status, 400);
    assert.match(unknown.json().message, /Config shade 'nope'.*Available shades are: .*base64/);
    assert.is(unknown.headers['seatide-error-code'], 'SHADE-01');
    const empty = await t.request('POST', '/encrypt-config', '{"source":[],"sink":[{"plugin_name":"Y"}]}');
    assert.is(empty.status, 400);
    assert.is(empty.text, '{"status":"fail","message":"Miss <Source> config! Please check the config file."}');
    const array = await t.request('POST', '/encrypt-config', '[]');
    assert.is(array.status, 400);
    assert.match(array.json().message, /must be a JSON object/);
  } finally {
    await t.close();
  }
});

s.run();
