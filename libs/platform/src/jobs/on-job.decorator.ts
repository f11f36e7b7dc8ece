import 'reflect-metadata';

export const ON_JOB = Symbol('tributary:on-job');

export interface OnJobMeta {
  queue: string;
  name: string;
  /** How many of these may run at once in one worker process. */
  concurrency?: number;
}

/** Marks a provider method as the handler of one job name; the worker finds it at boot. */
export function OnJob(meta: OnJobMeta): MethodDecorator {
  return (target, key) => {
    const list = (Reflect.getMetadata(ON_JOB, target.constructor) as (OnJobMeta & { method: string | symbol })[] | undefined) ?? [];
    Reflect.defineMetadata(ON_JOB, [...list, { ...meta, method: key }], target.constructor);
  };
}

export function readOnJob(type: Function): (OnJobMeta & { method: string | symbol })[] {
  return (Reflect.getMetadata(ON_JOB, type) as (OnJobMeta & { method: string | symbol })[] | undefined) ?? [];
}
