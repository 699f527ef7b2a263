import { CompleteTaskBody, ErrorEnvelope, IdParams, TaskListQuery, TaskView } from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { registerDataSection, registerEraser } from '../privacy/service';
import { taskModel } from './model';
import * as tasks from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

// A person's data export lists the follow-ups about them; erasing the person deletes them.
registerDataSection('tasks', async (app, { returneeId }) =>
  returneeId
    ? taskModel(app.db.connection)
        .find({ returneeId }, { kind: 1, title: 1, dueOn: 1, status: 1, result: 1, note: 1, doneAt: 1 })
        .lean()
    : undefined,
);
registerEraser('tasks', async (app, { returneeId }) => {
  if (returneeId) await taskModel(app.db.connection).deleteMany({ returneeId });
});

const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { roles: ['counselor', 'admin'] as const };

  app.get(
    '/tasks',
    {
      config,
      schema: {
        tags: ['tasks'],
        summary: 'My follow-up tasks (counselor) or my provinces’ (admin), due first',
        querystring: TaskListQuery,
        response: { 200: Type.Array(TaskView), ...errors },
      },
    },
    async (request) => tasks.listTasks(app, request.requireActor(), request.query),
  );

  app.post(
    '/tasks/:id/complete',
    {
      config,
      schema: {
        tags: ['tasks'],
        summary: 'Mark done with a result and a note',
        params: IdParams,
        body: CompleteTaskBody,
        response: { 200: TaskView, ...errors },
      },
    },
    async (request) => tasks.completeTask(app, request, request.params.id, request.body),
  );

  app.post(
    '/tasks/:id/reopen',
    {
      config,
      schema: {
        tags: ['tasks'],
        summary: 'Open a done task again',
        params: IdParams,
        response: { 200: TaskView, ...errors },
      },
    },
    async (request) => tasks.reopenTask(app, request, request.params.id),
  );
};

export default taskRoutes;
