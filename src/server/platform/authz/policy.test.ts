import { describe, expect, it } from 'vitest';
import { type Actor, roleAllows, VISITOR } from '../../../shared/permissions.js';
import { AppError } from '../http/errors.js';
import { definePolicy } from './policy.js';

interface Doc {
  ownerId: string;
  locked: boolean;
}

const policy = definePolicy<Doc, 'organisation.read' | 'organisation.update' | 'organisation.delete'>(
  {
    'organisation.read': () => true,
    'organisation.update': (actor, d) => !d.locked && actor.userId === d.ownerId,
    'organisation.delete': (actor) => roleAllows(actor, 'organisation.delete'),
  },
  { read: 'organisation.read', update: 'organisation.update', delete: 'organisation.delete' },
);

const owner: Actor = { ...VISITOR, userId: 'u-1' };
const stranger: Actor = { ...VISITOR, userId: 'u-2' };
const admin: Actor = { ...VISITOR, userId: 'u-3', isAdmin: true };
const doc: Doc = { ownerId: 'u-1', locked: false };

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('definePolicy', () => {
  it('can() applies the rule of the action to the actor and record', () => {
    expect(policy.can(owner, 'organisation.update', doc)).toBe(true);
    expect(policy.can(owner, 'organisation.update', { ...doc, locked: true })).toBe(false);
    expect(policy.can(stranger, 'organisation.update', doc)).toBe(false);
    expect(policy.can(VISITOR, 'organisation.read', doc)).toBe(true);
  });

  it('authorize() returns quietly when the rule allows', () => {
    expect(() => policy.authorize(owner, 'organisation.update', doc)).not.toThrow();
    expect(() => policy.authorize(admin, 'organisation.delete', doc)).not.toThrow();
  });

  it('authorize() throws 401 unauthorized for a visitor', () => {
    const err = thrown(() => policy.authorize(VISITOR, 'organisation.update', doc));
    expect(err).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('authorize() throws 403 forbidden for a signed-in user', () => {
    const err = thrown(() => policy.authorize(stranger, 'organisation.delete', doc));
    expect(err).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('abilities() maps every ability name to the caller’s answer', () => {
    expect(policy.abilities(owner, doc)).toEqual({ read: true, update: true, delete: false });
    expect(policy.abilities(stranger, doc)).toEqual({ read: true, update: false, delete: false });
    expect(policy.abilities(admin, doc)).toEqual({ read: true, update: false, delete: true });
    expect(policy.abilities(VISITOR, { ...doc, locked: true })).toEqual({
      read: true,
      update: false,
      delete: false,
    });
  });

  it('exposes its rules as data, so tests can walk them', () => {
    expect(Object.keys(policy.rules).sort()).toEqual([
      'organisation.delete',
      'organisation.read',
      'organisation.update',
    ]);
  });
});
