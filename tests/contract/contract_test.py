#!/usr/bin/python3
"""Contract test: onestop-sim against docs/platform-api.yaml.

Starts real onestop-sim processes, exercises every path with every status code the spec
documents, validates each JSON body against the spec's schema for that status, and fails when a
documented (path, method, status) was never seen or an answer is not in the spec.

    contract_test.py --sim build/platform-sim/onestop-sim --spec docs/platform-api.yaml
"""
import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml


def to_json_schema(node):
    """OpenAPI 3.0 schema objects -> JSON Schema (nullable, and keywords JSON Schema lacks)."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k not in ('example', 'nullable', 'xml', 'discriminator')}
    if node.get('nullable'):
        return {'anyOf': [out, {'type': 'null'}]}
    return out


class Spec:
    def __init__(self, path):
        self.doc = yaml.safe_load(open(path, encoding='utf-8'))
        self.schema_root = to_json_schema(self.doc)
        self.operations = []  # (regex, template, method, operation)
        for template, item in self.doc['paths'].items():
            regex = re.compile('^' + re.sub(r'\{[^}]+\}', '[^/]+', template) + '$')
            for method, op in item.items():
                if method in ('get', 'post', 'put', 'delete', 'patch'):
                    self.operations.append((regex, template, method.upper(), op))
        self.expected = {(t, m, str(code)) for _, t, m, op in self.operations for code in op['responses']}
        self.seen = set()

    def resolve(self, node):
        while isinstance(node, dict) and '$ref' in node:
            ref = node['$ref'].lstrip('#/').split('/')
            node = self.doc
            for part in ref:
                node = node[part.replace('~1', '/')]
        return node

    def check(self, method, path, status, headers, body):
        path = path.split('?')[0]
        for regex, template, m, op in self.operations:
            if m == method and regex.match(path):
                break
        else:
            raise AssertionError(f'{method} {path} is not in the spec')
        key = (template, method, str(status))
        if str(status) not in op['responses']:
            raise AssertionError(f'{method} {template} answered {status}, which the spec does not document')
        self.seen.add(key)
        response = self.resolve(op['responses'][str(status)])
        content = response.get('content')
        if not content:
            return
        ctype = headers.get('content-type', '').split(';')[0].strip()
        if ctype not in content:
            raise AssertionError(f'{method} {template} {status}: content type {ctype!r} not in {list(content)}')
        schema = content[ctype].get('schema')
        if schema and ctype.endswith('json'):
            instance = json.loads(body)
            resolver = jsonschema.RefResolver(base_uri='', referrer=self.schema_root)
            jsonschema.validate(instance, to_json_schema(schema), resolver=resolver,
                                cls=jsonschema.Draft7Validator)


class Sim:
    def __init__(self, binary, *args):
        self.dir = tempfile.TemporaryDirectory()
        self.proc = subprocess.Popen([binary, '--listen', '127.0.0.1:0', '--data', self.dir.name,
                                      '--today', '2026-11-27', *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline().strip()
        if not line.startswith('listening on '):
            raise RuntimeError('onestop-sim did not start: ' + line)
        self.url = line[len('listening on '):]

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A 302 is an answer to check, not a hop to take (the portal redirects to a loopback client)."""
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Client:
    def __init__(self, sim, spec):
        self.sim, self.spec = sim, spec

    def call(self, method, path, token=None, body=None, headers=None, expect=None):
        data = None
        hdrs = dict(headers or {})
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            hdrs.setdefault('Content-Type', 'application/json')
        elif body is not None:
            data = body
        if token:
            hdrs['Authorization'] = 'Bearer ' + token
        req = urllib.request.Request(self.sim.url + path, data=data, method=method, headers=hdrs)
        try:
            with OPENER.open(req, timeout=30) as r:
                status, rh, payload = r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
        except urllib.error.HTTPError as e:
            status, rh, payload = e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()
        self.spec.check(method, path, status, rh, payload)
        if expect is not None and status != expect:
            raise AssertionError(f'{method} {path}: expected {expect}, got {status}: {payload[:300]!r}')
        return status, rh, payload

    def json(self, *args, **kw):
        return json.loads(self.call(*args, **kw)[2])

    def token(self, user):
        body = f'grant_type=password&username={user}&password=demo123'.encode()
        return self.json('POST', '/api/v1/token', body=body,
                         headers={'Content-Type': 'application/x-www-form-urlencoded'}, expect=200)['access_token']


def exercise(c):
    form = {'Content-Type': 'application/x-www-form-urlencoded'}
    c.call('POST', '/api/v1/token', body=b'grant_type=password&username=clerk1&password=wrong', headers=form, expect=400)
    clerk, clerk2, chief, sup = (c.token(u) for u in ('clerk1', 'clerk2', 'chief1', 'super1'))

    # Sign-out (RFC 7009) and the identity portal's PKCE flow.
    revoked = c.json('POST', '/api/v1/token', body=b'grant_type=password&username=clerk2&password=demo123',
                     headers=form, expect=200)
    c.call('POST', '/api/v1/token/revoke', body=f"token={revoked['refresh_token']}".encode(), headers=form, expect=200)
    c.call('GET', '/api/v1/me', token=revoked['access_token'], expect=401)
    verifier = 'v' * 64
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip('=')
    pkce = urllib.parse.urlencode({'response_type': 'code', 'client_id': 'casedesk', 'state': 's1',
                                   'redirect_uri': 'http://127.0.0.1:9/callback', 'code_challenge': challenge,
                                   'code_challenge_method': 'S256'})
    c.call('GET', '/api/v1/authorize?' + pkce, expect=200)
    c.call('POST', '/api/v1/authorize', body=pkce.encode(), headers=form, expect=200)
    c.call('POST', '/api/v1/authorize', body=(pkce + '&username=clerk1&password=wrong').encode(), headers=form, expect=401)
    c.call('POST', '/api/v1/authorize', body=b'response_type=token', headers=form, expect=400)
    _, h, _ = c.call('POST', '/api/v1/authorize', body=(pkce + '&username=clerk1&password=demo123').encode(),
                     headers=form, expect=302)
    code = urllib.parse.parse_qs(urllib.parse.urlparse(h['location']).query)['code'][0]
    grant = urllib.parse.urlencode({'grant_type': 'authorization_code', 'code': code, 'code_verifier': verifier,
                                    'redirect_uri': 'http://127.0.0.1:9/callback', 'client_id': 'casedesk'})
    c.call('POST', '/api/v1/token', body=grant.encode(), headers=form, expect=200)
    c.call('POST', '/api/v1/token', body=grant.encode(), headers=form, expect=400)  # a code works once

    # 文号 blocks: consecutive and disjoint, whoever asks.
    one = c.json('POST', '/api/v1/notice-numbers', token=clerk, body={'kind': 'correction', 'year': 2026, 'count': 5}, expect=200)
    two = c.json('POST', '/api/v1/notice-numbers', token=clerk2, body={'kind': 'correction', 'year': 2026, 'count': 5}, expect=200)
    assert (one['first'], one['last'], two['first'], two['last']) == (1, 5, 6, 10), (one, two)
    c.call('POST', '/api/v1/notice-numbers', token=sup, body={'kind': 'correction', 'year': 2026, 'count': 5}, expect=403)
    c.call('POST', '/api/v1/notice-numbers', token=clerk, body={'kind': 'poem', 'year': 2026, 'count': 5}, expect=422)
    c.call('POST', '/api/v1/notice-numbers', body={'kind': 'correction', 'year': 2026, 'count': 5}, expect=401)

    # A demo signing certificate: a PKCS#12 file that opens with the password it came with.
    cert = c.json('POST', '/api/v1/signing-certificates', token=clerk, expect=201)
    assert base64.b64decode(cert['pkcs12']) and cert['caCertificate'].startswith('-----BEGIN CERTIFICATE'), cert
    c.call('POST', '/api/v1/signing-certificates', token=sup, expect=403)
    c.call('POST', '/api/v1/signing-certificates', expect=401)

    # Approvers' personal keys: a Chief or Head registers an SM2 public key, once or again.
    chief = c.token('chief1')
    pem = subprocess.run('openssl genpkey -algorithm SM2 | openssl pkey -pubout', shell=True,
                         check=True, capture_output=True, text=True).stdout
    key = c.json('POST', '/api/v1/me/approval-keys', token=chief, body={'publicKey': pem}, expect=201)
    der = subprocess.run(['openssl', 'pkey', '-pubin', '-outform', 'DER'], input=pem.encode(),
                         check=True, capture_output=True).stdout
    assert key['keyId'] == hashlib.sha256(der).hexdigest(), key
    c.call('POST', '/api/v1/me/approval-keys', token=chief, body={'publicKey': pem}, expect=200)
    c.call('POST', '/api/v1/me/approval-keys', token=clerk, body={'publicKey': pem}, expect=403)
    c.call('POST', '/api/v1/me/approval-keys', token=chief, body={'publicKey': 'x'}, expect=422)
    c.call('POST', '/api/v1/me/approval-keys', body={'publicKey': pem}, expect=401)

    # The audit trail: appended per device, a retry is harmless, a gap is refused.
    entry = lambda seq, prev: {'seq': seq, 'at': 1795663800000 + seq, 'user': 'clerk1', 'kind': 'reveal',
                               'subject': 'c1', 'detail': 'idNumber', 'prevHash': prev, 'hash': f'{seq:064x}'}
    batch = {'device': 'contract-test', 'entries': [entry(1, '0' * 64), entry(2, f'{1:064x}')]}
    assert c.json('POST', '/api/v1/audit', token=clerk, body=batch, expect=200)['lastSeq'] == 2
    assert c.json('POST', '/api/v1/audit', token=clerk, body=batch, expect=200)['lastSeq'] == 2
    c.call('POST', '/api/v1/audit', token=clerk, body={'device': 'contract-test', 'entries': [entry(4, 'x')]}, expect=409)
    c.call('POST', '/api/v1/audit', token=clerk, body={'device': 'contract-test', 'entries': []}, expect=422)
    c.call('POST', '/api/v1/audit', body=batch, expect=401)

    c.call('GET', '/api/v1/me', token=clerk, expect=200)
    c.call('GET', '/api/v1/me', expect=401)
    c.call('GET', '/api/v1/items?limit=5', token=clerk, expect=200)
    c.call('GET', '/api/v1/items', expect=401)
    page = c.json('GET', '/api/v1/changes?limit=300', token=sup, expect=200)
    while page['hasMore']:
        page = c.json('GET', '/api/v1/changes?limit=1000&cursor=' + page['nextCursor'], token=sup, expect=200)
    # Reconciliation: the digest the sim reports is the one computed here from the feed itself.
    held = {}
    page = c.json('GET', '/api/v1/changes?limit=1000', token=sup, expect=200)
    while True:
        for ch in page['changes']:
            if ch['type'] == 'case':
                if ch['op'] == 'delete':
                    held.pop(ch['id'], None)
                else:
                    d = ch['data']
                    held[ch['id']] = (d['department'], d['stage'], d['version'])
        if not page['hasMore']:
            break
        page = c.json('GET', '/api/v1/changes?limit=1000&cursor=' + page['nextCursor'], token=sup, expect=200)
    groups = {}
    for cid in sorted(held, key=lambda i: i.encode()):
        dept, stage, version = held[cid]
        groups.setdefault((dept, stage), []).append(f'{cid}:{version}\n')
    expected = [{'department': d, 'stage': st, 'count': len(lines),
                 'digest': hashlib.sha256(''.join(lines).encode()).hexdigest()}
                for (d, st), lines in sorted(groups.items())]
    digest = c.json('GET', '/api/v1/cache-digest', token=sup, expect=200)['groups']
    assert digest == expected, (digest[:2], expected[:2])
    first = expected[0]
    ids = c.json('GET', f"/api/v1/cache-digest/cases?department={first['department']}&stage={first['stage']}",
                 token=sup, expect=200)['cases']
    assert [f"{x['id']}:{x['version']}\n" for x in ids] == groups[(first['department'], first['stage'])]
    mine = c.json('GET', '/api/v1/cache-digest', token=clerk, expect=200)['groups']
    assert mine and all(g['department'] == mine[0]['department'] for g in mine), mine
    c.call('GET', '/api/v1/cache-digest', expect=401)
    c.call('GET', '/api/v1/cache-digest/cases?department=x&stage=review', expect=401)
    c.call('GET', '/api/v1/changes?cursor=nonsense', token=sup, expect=410)
    c.call('GET', '/api/v1/changes', expect=401)

    def cases(stage, token=clerk):
        return c.json('GET', f'/api/v1/cases?stage={stage}&limit=500', token=token, expect=200)['cases']

    def workable(stage):
        return [x for x in cases(stage) if x.get('claimedBy') in (None, 'clerk1')]

    c.call('GET', '/api/v1/cases', expect=401)
    # 窗口收件: created once per key; refused with the field named.
    intake = {'itemCode': '620102-SCJG-XK-001', 'channel': 'counter',
              'applicant': {'kind': 'person', 'name': '王小明', 'idNumber': '620102198001011239'},
              'agent': {'name': '李娜', 'idNumber': '11010519491231002X'},
              'materials': [{'name': '食品经营许可申请书', 'original': True, 'pages': 2}]}
    made = c.json('POST', '/api/v1/cases', token=clerk, body=intake,
                  headers={'Idempotency-Key': 'contract-intake'}, expect=201)
    again = c.json('POST', '/api/v1/cases', token=clerk, body=intake,
                   headers={'Idempotency-Key': 'contract-intake'}, expect=201)
    assert made['id'] == again['id'] and made['channel'] == 'counter', (made, again)
    bad = dict(intake, applicant=dict(intake['applicant'], idNumber='620102198001011238'))
    c.call('POST', '/api/v1/cases', token=clerk, body=bad, headers={'Idempotency-Key': 'contract-bad'}, expect=422)
    c.call('POST', '/api/v1/cases', token=clerk, body=intake, expect=400)
    c.call('POST', '/api/v1/cases', token=sup, body=intake, headers={'Idempotency-Key': 'contract-sup'}, expect=403)
    c.call('POST', '/api/v1/cases', body=intake, expect=401)
    # Resumable upload onto the counter case: announce, chunks with digests, complete.
    content = b'%PDF-1.7\n' + bytes(range(256)) * 40 + b'\n%%EOF\n'
    sha = hashlib.sha256(content).hexdigest()
    base = f"/api/v1/cases/{made['id']}/uploads"
    spec_ = {'name': '食品经营许可申请书', 'fileName': 'a.pdf', 'mimeType': 'application/pdf',
             'size': len(content), 'sha256': sha}
    up = c.json('POST', base, token=clerk, body=spec_, headers={'Idempotency-Key': 'contract-up'}, expect=201)
    assert up['received'] == 0 and up['state'] == 'open', up
    assert c.json('POST', base, token=clerk, body=spec_, headers={'Idempotency-Key': 'contract-up'},
                  expect=200)['id'] == up['id']
    c.call('POST', base, token=clerk, body=spec_, expect=400)
    c.call('POST', base, token=sup, body=spec_, headers={'Idempotency-Key': 'contract-up-sup'}, expect=403)
    c.call('POST', '/api/v1/cases/nope/uploads', token=clerk, body=spec_, headers={'Idempotency-Key': 'k1'}, expect=404)
    c.call('POST', base, token=clerk, body=dict(spec_, size=300 << 20), headers={'Idempotency-Key': 'k2'}, expect=413)
    c.call('POST', base, token=clerk, body=dict(spec_, mimeType='text/plain'), headers={'Idempotency-Key': 'k3'}, expect=415)
    c.call('POST', base, token=clerk, body=dict(spec_, sha256='xyz'), headers={'Idempotency-Key': 'k4'}, expect=422)
    c.call('POST', base, body=spec_, headers={'Idempotency-Key': 'k5'}, expect=401)
    u = f"{base}/{up['id']}"
    def digest(b):
        return {'Content-Type': 'application/octet-stream',
                'Content-Digest': 'sha-256=:' + base64.b64encode(hashlib.sha256(b).digest()).decode() + ':'}
    half = len(content) // 2
    c.call('POST', u + '/complete', token=clerk, expect=409)
    c.call('PUT', u + '/chunks/0', token=clerk, body=content[:half], headers=digest(b'other'), expect=422)
    c.call('PUT', u + '/chunks/0', token=clerk, body=content + b'x', headers=digest(content + b'x'), expect=413)
    assert c.json('PUT', u + '/chunks/0', token=clerk, body=content[:half], headers=digest(content[:half]),
                  expect=200)['received'] == half
    # The same chunk again (its answer was lost): refused with the offset held.
    again_ = c.call('PUT', u + '/chunks/0', token=clerk, body=content[:half], headers=digest(content[:half]), expect=409)
    assert json.loads(again_[2])['received'] == half
    assert c.json('GET', u, token=clerk, expect=200)['received'] == half
    c.call('GET', base + '/nope', token=clerk, expect=404)
    c.call('GET', u, expect=401)
    c.call('PUT', base + '/nope/chunks/0', token=clerk, body=b'x', headers=digest(b'x'), expect=404)
    c.call('PUT', u + f'/chunks/{half}', body=b'x', headers=digest(b'x'), expect=401)
    c.call('PUT', u + f'/chunks/{half}', token=clerk, body=content[half:], headers=digest(content[half:]), expect=200)
    done = c.json('POST', u + '/complete', token=clerk, expect=200)
    m = [x for x in done['materials'] if x.get('sha256') == sha]
    assert len(m) == 1 and m[0]['version'] == 1, done['materials']
    assert c.json('POST', u + '/complete', token=clerk, expect=200)['version'] == done['version']
    c.call('POST', base + '/nope/complete', token=clerk, expect=404)
    c.call('POST', u + '/complete', expect=401)
    # A new version beside the old one; a file that is not what was announced is dropped.
    spec2 = dict(spec_, size=4, sha256=hashlib.sha256(b'%PDF').hexdigest(), replaces=m[0]['id'])
    up2 = c.json('POST', base, token=clerk, body=spec2, headers={'Idempotency-Key': 'contract-up2'}, expect=201)
    u2 = f"{base}/{up2['id']}"
    c.call('PUT', u2 + '/chunks/0', token=clerk, body=b'%PDX', headers=digest(b'%PDX'), expect=200)
    c.call('POST', u2 + '/complete', token=clerk, expect=422)
    assert c.json('GET', u2, token=clerk, expect=200)['received'] == 0
    c.call('PUT', u2 + '/chunks/0', token=clerk, body=b'%PDF', headers=digest(b'%PDF'), expect=200)
    v2 = c.json('POST', u2 + '/complete', token=clerk, expect=200)
    versions = sorted((x.get('version'), x.get('supersededBy', '')) for x in v2['materials'] if x['name'] == '食品经营许可申请书')
    assert versions[0][0] == 1 and versions[0][1] and versions[1][0] == 2, versions
    one = workable('review')[0]
    _, h, _ = c.call('GET', f"/api/v1/cases/{one['id']}", token=clerk, expect=200)
    c.call('GET', f"/api/v1/cases/{one['id']}", token=clerk, headers={'If-None-Match': h['etag']}, expect=304)
    c.call('GET', '/api/v1/cases/nope', token=clerk, expect=404)
    c.call('GET', f"/api/v1/cases/{one['id']}", expect=401)

    for material in one['materials']:  # a zero-byte upload has no range to ask for
        content = f"/api/v1/cases/{one['id']}/materials/{material['id']}/content"
        if len(c.call('GET', content, token=clerk, expect=200)[2]) > 100:
            break
    c.call('GET', content, token=clerk, headers={'Range': 'bytes=0-9'}, expect=206)
    c.call('GET', content, token=clerk, headers={'Range': 'bytes=999999999-'}, expect=416)
    c.call('GET', f"/api/v1/cases/{one['id']}/materials/m404/content", token=clerk, expect=404)
    c.call('GET', content, expect=401)

    def act(case, body, token=clerk, key=None, version=None, **kw):
        key = key or f"k-{case['id']}-{body.get('type')}-{version}-{id(body)}"
        headers = {'Idempotency-Key': key}
        if version != 'none':
            headers['If-Match'] = f'"v{case["version"] if version is None else version}"'
        return c.call('POST', f"/api/v1/cases/{case['id']}/actions", token=token, body=body, headers=headers, **kw)

    acc = workable('acceptance')[0]
    act(acc, {'type': 'accept', 'payload': {}}, expect=200)
    c.call('POST', f"/api/v1/cases/{acc['id']}/actions", token=clerk, body={'type': 'accept'}, expect=400)
    def next_step(case):
        record = case.get('approval', {})
        chain, done = record.get('chain', []), record.get('approvals', [])
        return chain[len(done)] if len(done) < len(chain) else 'Chief'

    waiting = workable('approval')
    appr = [x for x in waiting if next_step(x) == 'Chief'][0]
    act(appr, {'type': 'approve', 'payload': {}}, expect=403)
    _, _, unsigned = act(appr, {'type': 'approve', 'payload': {}}, token=chief, expect=422)
    assert json.loads(unsigned)['code'] == 'signature-required', unsigned
    # A step of the chain that is the head's: the chief may neither sign nor change it.
    heads = [x for x in waiting if next_step(x) == 'Head'][0]
    assert heads['approval']['approvals'][0]['role'] == 'Chief', heads
    _, _, refused = act(heads, {'type': 'approve', 'payload': {}}, token=chief, expect=403)
    assert 'Head' in json.loads(refused)['detail'], refused
    _, _, unsigned = act(heads, {'type': 'approve', 'payload': {}}, token=c.token('head1'), expect=422)
    assert json.loads(unsigned)['code'] == 'signature-required', unsigned
    act(heads, {'type': 'changeProposal', 'payload': {'proposal': 'grant', 'opinion': 'x'}},
        token=chief, expect=422)
    act({'id': 'nope', 'version': 1}, {'type': 'accept'}, expect=404)
    act(workable('completed')[0], {'type': 'accept'}, expect=409)
    rev = workable('review')[1]
    act(rev, {'type': 'propose', 'payload': {}}, version=rev['version'] - 1, expect=412)
    act(rev, {'type': 'propose', 'payload': {'proposal': 'grant'}}, expect=422)
    act(rev, {'type': 'propose', 'payload': {}}, version='none', expect=428)
    c.call('POST', f"/api/v1/cases/{rev['id']}/actions", body={'type': 'accept'}, expect=401)

    free = [x for x in cases('preReview') if not x.get('claimedBy')][0]
    claim = f"/api/v1/cases/{free['id']}/claim"
    c.call('POST', claim, token=clerk2, expect=200)
    c.call('POST', claim, token=clerk, expect=409)
    c.call('DELETE', claim, token=clerk, expect=409)
    c.call('DELETE', claim, token=clerk2, expect=200)
    c.call('POST', claim, token=sup, expect=403)
    c.call('POST', '/api/v1/cases/nope/claim', token=clerk, expect=404)
    c.call('DELETE', '/api/v1/cases/nope/claim', token=clerk, expect=404)
    c.call('POST', claim, expect=401)
    c.call('DELETE', claim, expect=401)

    # 分派: the chief moves a claim to a clerk of the department.
    staff = c.json('GET', '/api/v1/staff', token=chief, expect=200)['staff']
    assert {'clerk1', 'clerk2'} <= {s['userName'] for s in staff}, staff
    c.call('GET', '/api/v1/staff', expect=401)
    given = f"/api/v1/cases/{free['id']}/assign"
    moved = c.json('POST', given, token=chief, body={'to': 'clerk2', 'reason': '分派'}, expect=200)
    assert moved['claimedBy'] == 'clerk2', moved
    c.call('POST', given, token=clerk, body={'to': 'clerk2', 'reason': '分派'}, expect=403)
    c.call('POST', given, token=chief, body={'to': 'super1', 'reason': '分派'}, expect=422)
    c.call('POST', '/api/v1/cases/nope/assign', token=chief, body={'to': 'clerk2', 'reason': 'x'}, expect=404)
    c.call('POST', f"/api/v1/cases/{workable('completed')[0]['id']}/assign", token=chief,
           body={'to': 'clerk2', 'reason': 'x'}, expect=409)
    c.call('POST', given, body={'to': 'clerk2', 'reason': 'x'}, expect=401)

    notices = f"/api/v1/cases/{one['id']}/notices"
    pdf = {'Content-Type': 'application/pdf'}
    c.call('POST', notices + '?kind=acceptance', token=clerk, body=b'%PDF-1.7\n%%EOF\n', headers=pdf, expect=201)
    c.call('POST', notices + '?kind=acceptance', token=sup, body=b'%PDF-1.7\n', headers=pdf, expect=403)
    c.call('POST', '/api/v1/cases/nope/notices?kind=acceptance', token=clerk, body=b'%PDF-1.7\n', headers=pdf, expect=404)
    c.call('POST', notices + '?kind=acceptance', token=clerk, body=b'%PDF-' + b'x' * (11 << 20), headers=pdf, expect=413)
    c.call('POST', notices + '?kind=acceptance', token=clerk, body=b'hello', headers={'Content-Type': 'text/plain'}, expect=415)
    c.call('POST', notices + '?kind=poem', token=clerk, body=b'%PDF-1.7\n', headers=pdf, expect=422)
    c.call('POST', notices + '?kind=acceptance', body=b'%PDF-1.7\n', headers=pdf, expect=401)

    done = cases('completed', sup)
    holder = done[0]['applicant']['idNumber']
    lic = c.json('GET', '/api/v1/licences?holderId=' + holder, token=clerk, expect=200)['licences']
    assert lic, 'no licence for a completed case'
    c.call('GET', '/api/v1/licences', token=clerk, expect=422)
    c.call('GET', '/api/v1/licences?holderId=x', expect=401)
    c.call('GET', f"/api/v1/licences/{lic[0]['id']}/content", token=clerk, expect=200)
    c.call('GET', '/api/v1/licences/nope/content', token=clerk, expect=404)
    c.call('GET', f"/api/v1/licences/{lic[0]['id']}/content", expect=401)

    c.call('GET', '/api/v1/calendar/2026', token=clerk, expect=200)
    c.call('GET', '/api/v1/calendar/1999', token=clerk, expect=404)
    c.call('GET', '/api/v1/calendar/2026', expect=401)

    for kind, key in (('ratings', 'ratings'), ('inquiries', 'inquiries')):
        items = c.json('GET', f'/api/v1/{kind}?limit=100', token=sup, expect=200)[key]
        c.call('GET', f'/api/v1/{kind}', expect=401)
        mine = c.json('GET', f'/api/v1/{kind}?limit=100', token=clerk, expect=200)[key]
        assert items, f'no {kind} in the district'
        target = (mine or items)[0]
        token = clerk if mine else None
        if token is None:  # another department's record: answer as nobody may, then skip the rest
            continue
        url = f"/api/v1/{kind}/{target['id']}/reply"
        c.call('POST', url, token=sup, body={'text': 'x'}, expect=403)
        c.call('POST', url, token=clerk, body={'text': ''}, expect=422)
        c.call('POST', url, token=clerk, body={'text': '您好，已核实并整改。'}, expect=200)
        c.call('POST', url, token=clerk, body={'text': 'again'}, expect=409)
        c.call('POST', f'/api/v1/{kind}/nope/reply', token=clerk, body={'text': 'x'}, expect=404)
        c.call('POST', url, body={'text': 'x'}, expect=401)


def every_operation(c, status, token=None):
    """One request to each operation of the spec, each expected to answer `status`."""
    for _, template, method, op in c.spec.operations:
        path = re.sub(r'\{[^}]+\}', 'x', template)
        if template == '/api/v1/calendar/{year}':
            path = '/api/v1/calendar/2026'
        c.call(method, path, token=token, body=b'' if method in ('POST', 'PUT') else None, expect=status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sim', required=True)
    ap.add_argument('--spec', required=True)
    args = ap.parse_args()
    spec = Spec(args.spec)
    sims = []
    try:
        sim = Sim(args.sim, '--cases', '800', '--seed', '13')
        sims.append(sim)
        exercise(Client(sim, spec))
        broken = Sim(args.sim, '--cases', '10', '--faults', 'error=1')
        sims.append(broken)
        every_operation(Client(broken, spec), 503)
        busy = Sim(args.sim, '--cases', '10', '--faults', 'burst=1')
        sims.append(busy)
        every_operation(Client(busy, spec), 429)
    finally:
        for s in sims:
            s.stop()
    missing = sorted(spec.expected - spec.seen)
    for m in missing:
        print('never exercised:', *m)
    print(f'contract: {len(spec.seen)} of {len(spec.expected)} documented answers exercised and valid')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
