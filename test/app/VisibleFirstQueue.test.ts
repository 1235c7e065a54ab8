import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisibleFirstQueue } from '../../viz/app/VisibleFirstQueue.js';
import { fakeVisibility, removeFakeVisibility } from '../support/fakeVisibility.js';

/** Waits until `ran` holds `expected`: the queue runs its jobs in tasks of its own, later. */
const ranBecomes = <T>(ran: T[], expected: T[], message?: string) => vi.waitFor(() => expect(ran, message).toEqual(expected));

/** Stand-ins for elements: the queue only keys on them. */
const elements = (n: number): Element[] => Array.from({ length: n }, (_, i) => ({ id: `view-${i}` }) as unknown as Element);

afterEach(removeFakeVisibility);

describe('VisibleFirstQueue', () => {
  it('runs no job while it is being queued, then every job in page order in later tasks', async () => {
    const queue = new VisibleFirstQueue();
    const views = elements(3);
    for (const view of views) queue.observe(view);
    const ran: number[] = [];
    for (const i of [2, 0, 1]) queue.put(views[i], () => ran.push(i));
    expect(ran).toEqual([]);
    await ranBecomes(ran, [0, 1, 2]);
  });

  it('keeps only the latest job of an element, and never runs a dropped one', async () => {
    const queue = new VisibleFirstQueue();
    const [a, b] = elements(2);
    queue.observe(a);
    queue.observe(b);
    const ran: string[] = [];
    queue.put(a, () => ran.push('a: old'));
    queue.put(a, () => ran.push('a: new'));
    queue.put(b, () => ran.push('b'));
    queue.drop(b);
    await ranBecomes(ran, ['a: new']);
    queue.flush();
    expect(ran).toEqual(['a: new']);
  });

  it('flush runs every waiting job at once, and runNow one of them, each only once', async () => {
    const queue = new VisibleFirstQueue();
    const views = elements(3);
    for (const view of views) queue.observe(view);
    const ran: number[] = [];
    views.forEach((view, i) => queue.put(view, () => ran.push(i)));
    queue.runNow(views[1]);
    expect(ran).toEqual([1]);
    queue.flush();
    expect(ran).toEqual([1, 0, 2]);
    queue.flush();
    expect(ran).toEqual([1, 0, 2]);
  });

  it('runs jobs of elements on screen first; those off screen wait for an idle moment, or until they scroll in', async () => {
    const browser = fakeVisibility();
    const queue = new VisibleFirstQueue();
    const views = elements(4);
    for (const view of views) queue.observe(view);
    browser.scrollIn(views[2]);
    const ran: number[] = [];
    views.forEach((view, i) => queue.put(view, () => ran.push(i)));
    await ranBecomes(ran, [2], 'only the view on screen');
    browser.scrollIn(views[3]);
    await ranBecomes(ran, [2, 3], 'then the one that scrolled in');
    expect(ran, 'the views off screen wait for an idle moment').toEqual([2, 3]);
    browser.idle();
    await ranBecomes(ran, [2, 3, 0, 1], 'the rest in page order once the page is idle');
  });

  it('tells each job whether its element is in sight: on screen, or asked for at once, but not when run because the page is idle', async () => {
    const browser = fakeVisibility();
    const queue = new VisibleFirstQueue();
    const views = elements(3);
    for (const view of views) queue.observe(view);
    browser.scrollIn(views[0]);
    const ran: string[] = [];
    views.forEach((view, i) => queue.put(view, (inSight) => ran.push(`${i}: ${inSight ? 'in sight' : 'out of sight'}`)));
    await ranBecomes(ran, ['0: in sight']);
    queue.runNow(views[2]);
    expect(ran).toEqual(['0: in sight', '2: in sight']);
    browser.idle();
    await ranBecomes(ran, ['0: in sight', '2: in sight', '1: out of sight']);
  });

  it('runs a job queued for when its element is in sight only once it scrolls in (or at a flush), never because the page is idle', async () => {
    const browser = fakeVisibility();
    const queue = new VisibleFirstQueue();
    const views = elements(3);
    for (const view of views) queue.observe(view);
    const ran: number[] = [];
    queue.put(views[0], () => ran.push(0), { whenInSight: true });
    queue.put(views[1], () => ran.push(1), { whenInSight: true });
    queue.put(views[2], () => ran.push(2));
    browser.idle();
    await ranBecomes(ran, [2], 'only the job that may run out of sight');
    browser.idle();
    browser.scrollIn(views[1]);
    await ranBecomes(ran, [2, 1], 'then the one whose element scrolled in');
    queue.flush();
    expect(ran).toEqual([2, 1, 0]);
  });
});
