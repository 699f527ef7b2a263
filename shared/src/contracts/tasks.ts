import { type Static, Type } from 'typebox';
import { IsoDate, IsoDateTime, ObjectIdString, StringEnum } from './common';

/**
 * A counselor's follow-up task (e.g. 30 days after a hire; the fairs module adds 30/90-day follow-ups
 * after a fair). Created by modules through server/src/modules/tasks/service.ts `createTask`.
 */
export const TASK_RESULTS = ['still-working', 'left-job', 'needs-support', 'unreachable', 'other'] as const;
export type TaskResult = (typeof TASK_RESULTS)[number];

export const TaskView = Type.Object({
  id: ObjectIdString,
  kind: Type.String(),
  returneeId: Type.Optional(ObjectIdString),
  returneeName: Type.Optional(Type.String()),
  /** In the request's language. */
  title: Type.String(),
  dueOn: IsoDate,
  status: StringEnum(['open', 'done']),
  result: Type.Optional(StringEnum(TASK_RESULTS)),
  note: Type.Optional(Type.String()),
  doneAt: Type.Optional(IsoDateTime),
  source: Type.Optional(Type.Object({ type: Type.String(), id: Type.String() })),
  createdAt: IsoDateTime,
});
export type TaskView = Static<typeof TaskView>;

export const TaskListQuery = Type.Object({
  status: Type.Optional(StringEnum(['open', 'done'])),
  returneeId: Type.Optional(ObjectIdString),
  /** Only tasks due on or before this day (e.g. today: what is due or overdue). */
  dueBefore: Type.Optional(IsoDate),
});
export type TaskListQuery = Static<typeof TaskListQuery>;

export const CompleteTaskBody = Type.Object(
  {
    result: StringEnum(TASK_RESULTS),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CompleteTaskBody = Static<typeof CompleteTaskBody>;
