/** The grade a quiz score earns, with one line of plain advice. Kept apart from round drawing and scoring so the
 * main package can read saved results without loading the quiz engine. */
import type { Grade, GradeId } from '../../types/quiz'

export const GRADES: Record<GradeId, Grade> = {
  guardian: { id: 'guardian', title: '反诈卫士', advice: '防骗意识很强！请把这些知识讲给家人和朋友听。' },
  alert: { id: 'alert', title: '防骗达人', advice: '大部分骗局都难不倒您，再看看答错的题，查漏补缺。' },
  learner: {
    id: 'learner',
    title: '还需加油',
    advice: '有些骗局还不熟悉，建议把每类诈骗的反诈提示再读一遍。'
  },
  'at-risk': {
    id: 'at-risk',
    title: '高危人群',
    advice: '骗子最爱找这样的对象：记住不轻信、不透露、不转账，一旦被骗立即拨打110。'
  }
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return GRADES.guardian
  if (score >= 70) return GRADES.alert
  if (score >= 50) return GRADES.learner
  return GRADES['at-risk']
}
