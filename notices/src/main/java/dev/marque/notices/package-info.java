/**
 * marque notices: drafts the notice each legal route and platform requires from findings,
 * refuses an incomplete one, and renders it as e-mail text, HTML or Lumen-style JSON. Entry
 * points: {@link dev.marque.notices.NoticeDrafter}, {@link dev.marque.notices.NoticeRenderer}
 * and, for the seller's side, {@link dev.marque.notices.CounterNotices}.
 */
package dev.marque.notices;
