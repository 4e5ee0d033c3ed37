import { okSchema } from '../../../shared/contracts/common.js';
import {
  experienceCreateBody,
  experienceDraftBody,
  experienceListSchema,
  experienceParams,
  experienceSchema,
  experienceVersionParams,
  experienceVersionSchema,
  reviewBody,
  reviewCriteriaSchema,
} from '../../../shared/contracts/experiences.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { toExperience, toVersion, toWorkSummary } from './experiences.presenter.js';
import * as service from './experiences.service.js';
import * as workflow from './experiences.workflow.service.js';

type Req = Parameters<typeof contextOf>[0];

/**
 * The experience workflow: drafts (autosaved), submission, review with the acceptance criteria,
 * numbered published versions, verification, archive and deletion, "my experiences" and the
 * review queue. (Library search: search.routes.ts; files: attachments.routes.ts.)
 */
export function experiencesRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['experiences'];
  const show = async (id: string, req: Req, opts: { countView?: boolean; justReviewed?: boolean } = {}) =>
    toExperience(await service.getExperience(deps, contextOf(req), id, opts), req.actor, req.locale);

  app.post(
    '/experiences',
    {
      schema: {
        tags,
        summary: 'Start an experience (a draft; the caller is its author)',
        body: experienceCreateBody,
        response: { 201: experienceSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await service.createExperience(deps, contextOf(req), req.body);
      return reply.status(201).send(await show(id, req));
    },
  );

  app.get(
    '/experiences/mine',
    {
      schema: {
        tags,
        summary: 'The experiences the caller wrote or may edit (every status), newest change first',
        response: { 200: experienceListSchema, ...errors(401) },
      },
    },
    async (req) => {
      const { rows, now } = await service.listMyExperiences(deps, contextOf(req));
      return { items: rows.map((r) => toWorkSummary(r, req.locale, now)) };
    },
  );

  app.get(
    '/experiences/review-queue',
    {
      schema: {
        tags,
        summary: 'Experiences waiting for the caller’s review, oldest submission first',
        response: { 200: experienceListSchema, ...errors(401) },
      },
    },
    async (req) => {
      const { rows, now } = await service.reviewQueue(deps, contextOf(req));
      return { items: rows.map((r) => toWorkSummary(r, req.locale, now)) };
    },
  );

  app.get(
    '/experiences/review-criteria',
    {
      schema: {
        tags,
        summary: 'The acceptance criteria a reviewer ticks before publication, in order',
        response: { 200: reviewCriteriaSchema },
      },
    },
    async (req) => ({ items: await service.reviewCriteria(deps, contextOf(req)) }),
  );

  app.get(
    '/experiences/:id',
    {
      schema: {
        tags,
        summary:
          'An experience: its published version, and its working copy and reviews for its owners and reviewers',
        params: experienceParams,
        response: { 200: experienceSchema, ...errors(400, 404) },
      },
    },
    async (req) => show(req.params.id, req, { countView: true }),
  );

  app.put(
    '/experiences/:id/draft',
    {
      schema: {
        tags,
        summary: 'Save the working copy (autosave; incomplete is fine; a newer copy on the server is a 409)',
        params: experienceParams,
        body: experienceDraftBody,
        response: { 200: experienceSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await service.saveExperienceDraft(deps, contextOf(req), req.params.id, req.body);
      return show(req.params.id, req);
    },
  );

  const action = (
    path: string,
    summary: string,
    run: (ctx: ReturnType<typeof contextOf>, id: string) => Promise<unknown>,
  ) =>
    app.post(
      `/experiences/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: experienceParams,
          response: { 200: experienceSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (req) => {
        await run(contextOf(req), req.params.id);
        return show(req.params.id, req);
      },
    );

  action(
    'submit',
    'Submit the working copy for review (every required field filled in, else 400 listing them all)',
    (ctx, id) => workflow.submitExperience(deps, ctx, id),
  );
  action('verify', 'Confirm the published experience is still accurate (it is no longer stale)', (ctx, id) =>
    workflow.verifyExperience(deps, ctx, id),
  );
  action('archive', 'Archive a published experience (it leaves the library)', (ctx, id) =>
    workflow.archiveExperience(deps, ctx, id),
  );
  action('restore', 'Bring an archived experience back', (ctx, id) =>
    workflow.restoreExperience(deps, ctx, id),
  );

  app.post(
    '/experiences/:id/review',
    {
      schema: {
        tags,
        summary:
          'Decide on an experience in review: approve (every criterion met; publishes the next version) or request changes (with a comment)',
        params: experienceParams,
        body: reviewBody,
        response: { 200: experienceSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await workflow.reviewExperience(deps, contextOf(req), req.params.id, req.body);
      return show(req.params.id, req, { justReviewed: true });
    },
  );

  app.delete(
    '/experiences/:id',
    {
      schema: {
        tags,
        summary:
          'Delete an experience (a never-published draft: its author and organisation administrators; otherwise platform administrators)',
        params: experienceParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await workflow.deleteExperience(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/experiences/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One published version of an experience',
        params: experienceVersionParams,
        response: { 200: experienceVersionSchema, ...errors(400, 404) },
      },
    },
    async (req) =>
      toVersion(
        await service.getExperienceVersion(deps, contextOf(req), req.params.id, req.params.version),
        req.actor,
      ),
  );
}
