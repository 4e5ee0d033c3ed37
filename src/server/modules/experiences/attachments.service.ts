import type { Readable } from 'node:stream';
import { isLocale } from '../../../shared/locales.js';
import type { ExperienceAttachmentRow, LocaleMap } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import {
  AppError,
  badRequest,
  conflict,
  forbidden,
  notFound,
  unauthorized,
} from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import {
  canEditExperience,
  canSeeExperience,
  frozenForReview,
  seesPendingFiles,
} from './attachments.policy.js';
import * as repo from './attachments.repository.js';
import { attachmentStore, type Received } from './attachments.storage.js';
import {
  ContentProbe,
  type FileKind,
  type FileProblem,
  isProblem,
  kindForName,
  sanitizeFileName,
  verifyContent,
} from './file-types.js';

/** At most this many files per experience. */
export const MAX_ATTACHMENTS = 20;
/** A caption, per language, in characters. */
export const CAPTION_MAX = 500;
/** What a multipart body may carry besides the file (captions, boundaries, part headers). */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/** One part of an upload form, whatever parsed it (the route adapts the multipart parser). */
export type UploadPart =
  | { type: 'field'; name: string; value: string; truncated: boolean }
  | { type: 'file'; name: string; fileName: string; stream: Readable };

export interface UploadSource {
  /** The request's Content-Length, when it declares one. */
  declaredBytes: number | null;
  parts(): AsyncIterable<UploadPart>;
}

/** 10485760 → "10 MiB". */
export function formatBytes(n: number): string {
  const MiB = 1024 * 1024;
  if (n >= MiB) return `${Number((n / MiB).toFixed(1))} MiB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KiB`;
  return `${n} B`;
}

/** 413 naming the file and the limit (the route then cuts the connection instead of reading the rest). */
export const tooLarge = (maxBytes: number) =>
  new AppError(413, 'payload_too_large', 'errors:attachments.tooLarge', {
    field: 'file',
    params: { max: formatBytes(maxBytes) },
  });

const fileProblem = (p: FileProblem) => badRequest(p.key, 'file', p.params);
const experienceNotFound = () => notFound('errors:experiences.notFound');

/** What the rules need to know about an experience the caller may see (404 otherwise). */
export async function loadVisible(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  ex = deps.db,
  lock = false,
) {
  const facts = await repo.findExperienceFacts(ex, id, { lock });
  if (!facts || !canSeeExperience(ctx.actor, facts)) throw experienceNotFound();
  return facts;
}

/**
 * Refuses changes by anyone who may not edit the experience, to archived experiences, and while
 * a reviewer decides on the working copy (like its text: they approve the files they saw).
 */
export function authorizeChange(ctx: RequestContext, facts: repo.ExperienceFacts) {
  if (!canEditExperience(ctx.actor, facts)) throw forbidden();
  if (facts.status === 'archived') throw conflict('errors:attachments.archived');
  if (frozenForReview(facts)) throw conflict('errors:attachments.inReview');
}

interface ReadUpload {
  received: Received;
  fileName: string;
  kind: FileKind;
  caption: LocaleMap;
}

/** Reads the form: one `file` part (streamed to a temporary file and checked), `caption_<locale>` fields. */
async function readUpload(deps: AppDeps, source: UploadSource): Promise<ReadUpload> {
  const store = attachmentStore(deps.config.DATA_DIR);
  const caption: LocaleMap = {};
  let file: Omit<ReadUpload, 'caption'> | null = null;
  try {
    for await (const part of source.parts()) {
      if (part.type === 'field') {
        const locale = part.name.startsWith('caption_') ? part.name.slice('caption_'.length) : '';
        if (!isLocale(locale)) throw badRequest('errors:attachments.unexpectedField', part.name);
        const value = part.value.trim();
        if (part.truncated || [...value].length > CAPTION_MAX)
          throw badRequest('errors:attachments.captionTooLong', part.name, { max: CAPTION_MAX });
        if (value) caption[locale] = value;
        continue;
      }
      if (part.name !== 'file') throw badRequest('errors:attachments.unexpectedField', part.name);
      if (file) throw badRequest('errors:attachments.oneFile', 'file');
      const fileName = sanitizeFileName(part.fileName);
      const kind = kindForName(fileName);
      if (isProblem(kind)) throw fileProblem(kind);
      const probe = new ContentProbe(kind.id === 'txt' || kind.id === 'csv');
      const received = await store.receive(part.stream, (chunk) => probe.push(chunk));
      file = { received, fileName, kind };
      probe.finish();
      if (received.sizeBytes === 0) throw badRequest('errors:attachments.empty', 'file');
      const problem = verifyContent(kind, probe, fileName);
      if (problem) throw fileProblem(problem);
    }
  } catch (err) {
    if (file) await store.discard(file.received.tmpPath);
    throw err;
  }
  if (!file) throw badRequest('errors:attachments.fileRequired', 'file');
  return { ...file, caption };
}

/**
 * Attaches a file to an experience. Who may and whether there is room are checked before the
 * body is read; the file is streamed to disk (never held in memory), recognised by its bytes,
 * placed at its content address, and recorded with its audit entry in one transaction. On an
 * experience with a published version the file is pending: readers get it with the next version.
 */
export async function addAttachment(
  deps: AppDeps,
  ctx: RequestContext,
  experienceId: string,
  source: UploadSource,
): Promise<ExperienceAttachmentRow> {
  if (!ctx.userId) throw unauthorized();
  const max = deps.config.ATTACHMENT_MAX_BYTES;
  authorizeChange(ctx, await loadVisible(deps, ctx, experienceId));
  if ((await repo.countAttachments(deps.db, experienceId)) >= MAX_ATTACHMENTS)
    throw conflict('errors:attachments.tooMany', 'file', { max: MAX_ATTACHMENTS });
  if (source.declaredBytes !== null && source.declaredBytes > max + FORM_OVERHEAD_BYTES) throw tooLarge(max);

  const upload = await readUpload(deps, source);
  const { received } = upload;
  const store = attachmentStore(deps.config.DATA_DIR);
  return store.exclusive(received.sha256, async () => {
    await store.place(received).catch(async (err) => {
      await store.discard(received.tmpPath);
      throw err;
    });
    try {
      return await deps.db.transaction().execute(async (trx) => {
        // Locked: two uploads at once cannot both take the twentieth place.
        const facts = await loadVisible(deps, ctx, experienceId, trx, true);
        authorizeChange(ctx, facts);
        if ((await repo.countAttachments(trx, experienceId)) >= MAX_ATTACHMENTS)
          throw conflict('errors:attachments.tooMany', 'file', { max: MAX_ATTACHMENTS });
        const row = await repo.insertAttachment(trx, {
          experienceId,
          fileName: upload.fileName,
          mediaType: upload.kind.mediaType,
          sizeBytes: received.sizeBytes,
          sha256: received.sha256,
          caption: upload.caption,
          createdBy: ctx.userId,
          now: deps.clock.now(),
          // Never published: nothing is public yet, the whole draft is reviewed at once.
          pending: facts.publishedVersion !== null,
        });
        await recordAudit(trx, {
          actorId: ctx.userId,
          action: 'experience.attachment_add',
          entityType: 'experience',
          entityId: experienceId,
          organisationId: facts.organisationId,
          after: auditView(row),
          requestId: ctx.requestId,
        });
        return row;
      });
    } catch (err) {
      if ((await repo.countBySha(deps.db, received.sha256)) === 0) await store.remove(received.sha256);
      throw err;
    }
  });
}

/** An attachment as its audit entries record it. */
export const auditView = (row: ExperienceAttachmentRow) => ({
  id: row.id,
  fileName: row.file_name,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  caption: row.caption,
  pending: row.pending,
  removalPending: row.removal_pending,
});

/**
 * An attachment's row and bytes, for whoever may see the experience (404 otherwise); a file not
 * yet published only for those who see the working copy (404 for readers).
 */
export async function openAttachment(
  deps: AppDeps,
  ctx: RequestContext,
  experienceId: string,
  attachmentId: string,
) {
  const facts = await loadVisible(deps, ctx, experienceId);
  const withPending = seesPendingFiles(ctx.actor, facts);
  const row = await repo.findAttachment(deps.db, experienceId, attachmentId, { withPending });
  if (!row) throw notFound('errors:attachments.notFound');
  const stream = await attachmentStore(deps.config.DATA_DIR).open(row.sha256);
  if (!stream) throw notFound('errors:attachments.notFound');
  // Shared caches keep only what readers will go on seeing: not a pending file, nor one leaving.
  const isPublic = facts.status === 'published' && !row.pending && !row.removal_pending;
  return { row, stream, isPublic };
}

/** An experience's attachments (for its page; the caller has checked it may see the experience). */
export { listAttachments, shasOfExperience } from './attachments.repository.js';
