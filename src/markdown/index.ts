import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeSpeakerTurns } from './rehype-speaker-turns';

/** Every Markdown plugin of the site, in the order they run. */
export const remarkPlugins = [remarkGfm];
export const rehypePlugins = [rehypeSpeakerTurns, rehypeHeadingAnchors];
