import fs from 'node:fs';
import path from 'node:path';

/** The project's version and, where the package sits in a git checkout, its abbreviated commit. */
export interface BuildInfo {
  readonly projectVersion: string;
  readonly gitCommitAbbrev: string;
}

/**
 * What this node knows about itself beyond its jobs: its tags (SeaTunnel's member attributes, replaced by
 * `update-tags`, matched by `overview?tag=value`) and whether it is ready to take requests.
 */
export class NodeState {
  private tagMap: Record<string, string> = {};
  /** False until the job history is recovered, and again once shutdown begins. */
  ready = false;

  constructor(readonly build: BuildInfo = readBuildInfo()) {}

  get tags(): Readonly<Record<string, string>> {
    return this.tagMap;
  }

  replaceTags(tags: Record<string, string>): void {
    this.tagMap = { ...tags };
  }

  /** Whether this node carries every tag of the filter (an empty filter matches). */
  matches(filter: Readonly<Record<string, string>>): boolean {
    return Object.entries(filter).every(([k, v]) => Object.prototype.hasOwnProperty.call(this.tagMap, k) && this.tagMap[k] === v);
  }
}

/** Reads package.json and .git next to the installed package; never throws. */
export function readBuildInfo(root = findPackageRoot(__dirname)): BuildInfo {
  let projectVersion = 'unknown';
  let gitCommitAbbrev = 'unknown';
  if (!root) return { projectVersion, gitCommitAbbrev };
  try {
    projectVersion = String((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    // keep 'unknown'
  }
  try {
    const head = fs.readFileSync(path.join(root, '.git', 'HEAD'), 'utf8').trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    const sha = ref ? fs.readFileSync(path.join(root, '.git', ref), 'utf8').trim() : head;
    if (/^[0-9a-f]{7,}$/.test(sha)) gitCommitAbbrev = sha.slice(0, 7);
  } catch {
    // not a checkout (an npm install), or a packed ref: the version alone identifies the build
  }
  return { projectVersion, gitCommitAbbrev };
}

function findPackageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
