/**
 * Follow-up tasks for counselors. Other modules create them with `createTask` (idempotent by key):
 *
 *   await createTask(app, {
 *     key: `fair-follow-up-30:${registrationId}`,      // the same key twice = one task
 *     kind: 'fair-follow-up-30',
 *     counselorId, returneeId, provinceCode,
 *     title: { vi: 'Hỏi thăm sau phiên chợ 30 ngày', en: '30-day check after the fair' },
 *     dueOn: addDays(fairDate, 30),
 *     source: { type: 'fair', id: fairId },
 *   });
 *
 * Counselors see theirs at /counselor/tasks (GET /api/tasks), mark them done with a result and a note, or
 * open them again.
 */
import type { Bilingual, CompleteTaskBody, TaskListQuery, TaskView } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { type Actor, hasRole, isAdminOf, sameId } from '../../auth/actor';
import { NotFoundError } from '../../lib/errors';
import { isDuplicateKey, objectIdFor } from '../../lib/ids';
import type { Id } from '../../lib/model';
import { returneeModel } from '../returnees/model';
import { type TaskRecord, taskModel } from './model';

export interface NewTask {
  key: string;
  kind: string;
  counselorId: Id;
  returneeId?: Id;
  provinceCode?: string;
  title: Bilingual;
  dueOn: Date;
  source?: { type: string; id: string };
}

/** Creates the task unless a task with this key exists; returns its id either way. */
export async function createTask(app: FastifyInstance, task: NewTask): Promise<string> {
  const _id = objectIdFor(`task:${task.key}`);
  try {
    await taskModel(app.db.connection).collection.insertOne({
      _id,
      key: task.key,
      kind: task.kind,
      counselorId: new Types.ObjectId(String(task.counselorId)),
      returneeId: task.returneeId ? new Types.ObjectId(String(task.returneeId)) : undefined,
      provinceCode: task.provinceCode,
      title: task.title,
      dueOn: new Date(`${task.dueOn.toISOString().slice(0, 10)}T00:00:00Z`),
      status: 'open',
      sourceType: task.source?.type,
      sourceId: task.source?.id,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  return String(_id);
}

/** A day `days` after `from` (dates of tasks are calendar days). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

function toView(task: TaskRecord, locale: 'vi' | 'en', names: Map<string, string>): TaskView {
  return {
    id: String(task._id),
    kind: task.kind,
    returneeId: task.returneeId ? String(task.returneeId) : undefined,
    returneeName: task.returneeId ? names.get(String(task.returneeId)) : undefined,
    title: task.title[locale],
    dueOn: task.dueOn.toISOString().slice(0, 10),
    status: task.status,
    result: (task.result ?? undefined) as TaskView['result'],
    note: task.note ?? undefined,
    doneAt: task.doneAt?.toISOString(),
    source: task.sourceType && task.sourceId ? { type: task.sourceType, id: task.sourceId } : undefined,
    createdAt: task.createdAt.toISOString(),
  };
}

function canManageTask(actor: Actor, task: Pick<TaskRecord, 'counselorId' | 'provinceCode'>): boolean {
  return (
    (hasRole(actor, 'counselor') && sameId(task.counselorId, actor.id)) || isAdminOf(actor, task.provinceCode)
  );
}

async function namesOf(app: FastifyInstance, tasks: TaskRecord[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      tasks
        .map((t) => t.returneeId)
        .filter(Boolean)
        .map(String),
    ),
  ];
  if (ids.length === 0) return new Map();
  const people = await returneeModel(app.db.connection)
    .find({ _id: trusted({ $in: ids }) }, { displayName: 1 })
    .lean();
  return new Map(people.map((p) => [String(p._id), p.displayName]));
}

/** My tasks (counselor) or my provinces' (admin), due first. */
export async function listTasks(
  app: FastifyInstance,
  actor: Actor,
  query: TaskListQuery,
): Promise<TaskView[]> {
  const filter: Record<string, unknown> = hasRole(actor, 'counselor')
    ? { counselorId: actor.id }
    : { provinceCode: trusted({ $in: actor.provinceCodes }) };
  if (query.status) filter.status = query.status;
  if (query.returneeId) filter.returneeId = query.returneeId;
  if (query.dueBefore) filter.dueOn = trusted({ $lte: new Date(`${query.dueBefore}T00:00:00Z`) });
  const tasks = (await taskModel(app.db.connection)
    .find(filter)
    .sort({ status: -1, dueOn: 1 })
    .limit(500)
    .lean()) as TaskRecord[];
  const names = await namesOf(app, tasks);
  return tasks.map((task) => toView(task, actor.locale, names));
}

async function loadTaskFor(app: FastifyInstance, actor: Actor, id: string) {
  if (!Types.ObjectId.isValid(id)) throw new NotFoundError();
  const task = (await taskModel(app.db.connection).findById(id).lean()) as TaskRecord | null;
  if (!task || !canManageTask(actor, task)) throw new NotFoundError();
  return task;
}

export async function completeTask(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: CompleteTaskBody,
): Promise<TaskView> {
  const actor = request.requireActor();
  const task = await loadTaskFor(app, actor, id);
  // Saving the result again (a retry, a corrected note) overwrites it: the last word counts.
  const updated = (await taskModel(app.db.connection)
    .findOneAndUpdate(
      { _id: task._id },
      {
        $set: {
          status: 'done',
          result: body.result,
          note: body.note?.trim() || undefined,
          doneAt: task.status === 'done' && task.doneAt ? task.doneAt : new Date(),
          doneBy: actor.id,
        },
      },
      { returnDocument: 'after' },
    )
    .lean()) as TaskRecord | null;
  if (!updated) throw new NotFoundError();
  if (updated.returneeId)
    await returneeModel(app.db.connection).updateOne(
      { _id: updated.returneeId },
      { $set: { lastContactAt: new Date() } },
    );
  return toView(updated, actor.locale, await namesOf(app, [updated]));
}

export async function reopenTask(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<TaskView> {
  const actor = request.requireActor();
  const task = await loadTaskFor(app, actor, id);
  const updated = (await taskModel(app.db.connection)
    .findOneAndUpdate(
      { _id: task._id },
      { $set: { status: 'open' }, $unset: { doneAt: 1, doneBy: 1 } },
      { returnDocument: 'after' },
    )
    .lean()) as TaskRecord | null;
  if (!updated) throw new NotFoundError();
  return toView(updated, actor.locale, await namesOf(app, [updated]));
}
