/** Zod shapes of the app.bsky lexicon views we read (subset; extra fields pass). */
import { z } from 'zod';

export const StrongRef = z.object({ uri: z.string(), cid: z.string() });

export const PostRecord = z.object({
  text: z.string(),
  createdAt: z.string(),
  langs: z.array(z.string()).optional(),
  reply: z.object({ root: StrongRef, parent: StrongRef }).optional(),
});
export type PostRecord = z.infer<typeof PostRecord>;

export const ProfileBasic = z.object({
  did: z.string(),
  handle: z.string(),
  displayName: z.string().optional(),
  verification: z.object({ verifiedStatus: z.string().optional() }).optional(),
});

export const PostView = z.object({
  uri: z.string(),
  cid: z.string(),
  author: ProfileBasic,
  record: z.unknown(),
  replyCount: z.number().int().nonnegative().optional(),
  repostCount: z.number().int().nonnegative().optional(),
  likeCount: z.number().int().nonnegative().optional(),
  quoteCount: z.number().int().nonnegative().optional(),
  indexedAt: z.string(),
  viewer: z.object({ replyDisabled: z.boolean().optional() }).optional(),
});
export type PostView = z.infer<typeof PostView>;

export const Notification = z.object({
  uri: z.string(),
  cid: z.string(),
  author: ProfileBasic,
  reason: z.string(),
  record: z.unknown(),
  indexedAt: z.string(),
});

export const ListNotifications = z.object({ notifications: z.array(Notification), cursor: z.string().optional() });
export const SearchPosts = z.object({ posts: z.array(PostView), cursor: z.string().optional() });
export const GetPosts = z.object({ posts: z.array(PostView) });
export const GetProfiles = z.object({
  profiles: z.array(z.object({ did: z.string(), handle: z.string(), followersCount: z.number().int().nonnegative().optional() })),
});

/** A thread node: replies may also be notFound/blocked views, which carry no post. */
export const ThreadNode = z.object({
  post: PostView.optional(),
  replies: z.array(z.object({ post: PostView.optional() }).loose()).optional(),
});
export const GetPostThread = z.object({ thread: ThreadNode.loose() });
