/**
 * Where the words of a share image go: the text engine (./textWrap) and the two layouts built on it, the share
 * card of a page (./categoryCard) and the quiz-result poster (./resultPoster).
 */
export * from './textWrap'
export * from './categoryCard'
export * from './resultPoster'
