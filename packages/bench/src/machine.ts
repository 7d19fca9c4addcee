/** Facts about the machine and runtimes, stored with the results so numbers can be compared fairly. */
import os from 'node:os';

/** The machine facts recorded with every run. */
export type MachineInfo = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  v8: string;
};

/** CPU model, cores, memory, OS, Node/V8 versions. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    v8: process.versions.v8,
  };
}
