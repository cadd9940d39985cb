/**
 * Where the words of a share image go: the text engine (./textWrap) and the two layouts built on it, the share
 * card of a page (./categoryCard) and the quiz-result poster (./resultPoster).
 */
export { ELLIPSIS, ellipsize, fitLine, wrapBalanced, wrapText, type MeasureText } from './textWrap'
export { layoutCard, type CardLayout, type CardLayoutInput } from './categoryCard'
export { layoutPoster, type PosterLayout, type PosterLayoutInput } from './resultPoster'
