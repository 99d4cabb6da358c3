/** The "work delivered" appendix in Turkish, formal siz (see ../workDelivered.ts). */
import type { WorkDeliveredTexts } from '../workDelivered';

export const tr: WorkDeliveredTexts = {
  heading: 'Ek: teslim edilen çalışmalar',
  statementIntro: (from, to) => `Bilginize: ${from} ile ${to} tarihleri arasında proje deposunda yapılan değişiklikler, kısa kimlikleri ve başlıklarıyla birlikte aşağıdadır:`,
  changeOrderIntro: 'Bilginize: her talebin tarihinin çevresindeki günlerde proje deposunda yapılan değişiklikler, kısa kimlikleri ve başlıklarıyla birlikte aşağıdadır:',
  request: (summary, day) => `${summary} (talep tarihi: ${day})`,
  more: (_count, text) => `ve bunlardan önce yapılan ${text} değişiklik.`,
};
