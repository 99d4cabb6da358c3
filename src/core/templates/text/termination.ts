/**
 * The words of the termination email, in each draft language. Every value is
 * already formatted (escaped names, Intl money and dates) or a snippet tab
 * stop, so these functions only place them in natural sentences. Written for
 * each language, not translated word for word: French uses vouvoiement and
 * French letter conventions, Italian the formal Lei, Turkish the formal siz.
 */
import { DraftLanguage } from '../locale';
import { itDay, itOf } from './typography';

/** A number as the text shows it, with the value that decides singular or plural. */
export interface Count {
  readonly text: string;
  readonly n: number;
}

export const TERMINATION_REASONS = [
  'payment',
  'scopeCreep',
  'styleMismatch',
  'abuse',
  'noLongerFit',
  'noContract',
  'rateTooLow',
  'notEnoughWork',
  'disrespectOfTime',
] as const;

export type TerminationReason = (typeof TERMINATION_REASONS)[number];

/** Reasons that end the collaboration after a notice period (all but abuse). */
export type NoticeReason = Exclude<TerminationReason, 'abuse'>;

export interface Referral {
  readonly name: string;
  readonly contact?: string;
  readonly note?: string;
}

export interface TerminationTexts {
  /** The reason's short name, for a quick pick. */
  readonly reasonLabels: Readonly<Record<TerminationReason, string>>;
  readonly title: (client: string) => string;
  readonly subject: (client: string) => string;
  readonly subjectImmediate: (client: string) => string;
  readonly greeting: (contact: string | undefined) => string;
  readonly opening: string;
  readonly reasons: Readonly<Record<NoticeReason, string>>;
  readonly openingImmediate: (today: string) => string;
  readonly immediateStop: string;
  readonly lastDayContract: (client: string, lastDay: string, notice: Count) => string;
  readonly lastDayDefault: (client: string, lastDay: string, notice: Count) => string;
  readonly lastDayChosen: (client: string, lastDay: string) => string;
  readonly deliverIntro: string;
  readonly deliverable: (name: string, due: string | undefined) => string;
  readonly notFinishedIntro: string;
  readonly refund: (amount: string | undefined, by: string) => string;
  readonly owedIntro: string;
  readonly invoice: (number: string, issued: string, due: string, outstanding: string) => string;
  readonly total: (total: string, payBy: string) => string;
  readonly handover: (by: string) => string;
  readonly referralsIntro: string;
  readonly referral: (referral: Referral) => string;
  readonly noReferrals: string;
  readonly thanks: (client: string) => string;
  readonly closing: string;
  readonly closingImmediate: string;
  /** Labels of the snippet tab stops. */
  readonly slots: {
    readonly client: string;
    readonly contact: string;
    readonly date: string;
    readonly amount: string;
    readonly deliverable: string;
    readonly invoice: string;
    readonly colleague: string;
    readonly colleagueContact: string;
    readonly yourName: string;
    readonly yourEmail: string;
  };
  /** "Subject:" before the subject line in a snippet. */
  readonly subjectLabel: string;
}

const en: TerminationTexts = {
  reasonLabels: {
    payment: 'Payment problems',
    scopeCreep: 'Scope creep',
    styleMismatch: 'Style or philosophy mismatch',
    abuse: 'Unethical or abusive conduct',
    noLongerFit: 'No longer a fit (the work or the business has changed)',
    noContract: 'No contract',
    rateTooLow: 'Rate too low or constant haggling',
    notEnoughWork: 'Not enough work',
    disrespectOfTime: 'Disrespect of my time',
  },
  title: (client) => `Termination email: ${client}`,
  subject: (client) => `Ending our collaboration – ${client}`,
  subjectImmediate: (client) => `Ending our collaboration with immediate effect – ${client}`,
  greeting: (contact) => (contact ? `Dear ${contact},` : 'Dear Sir or Madam,'),
  opening: 'I am writing to confirm my decision to end our collaboration.',
  reasons: {
    payment:
      'Over the past months, payments have repeatedly arrived later than the terms we agreed. My business depends on being paid on time, and I can no longer plan my work around that uncertainty.',
    scopeCreep:
      'The project has grown well beyond the scope we agreed at the start, and I can no longer absorb the additional requests within the agreed budget. Rather than renegotiate every addition, I believe it is fairer to both of us to close our collaboration here.',
    styleMismatch:
      'I have come to see that my approach does not match the direction you want to take with the project. Someone whose style is closer to your vision will serve you better than I can.',
    noLongerFit:
      'My business has changed over the past months, and this kind of work no longer matches what I do best. Your project deserves someone who can give it their full commitment.',
    noContract:
      'I make it a rule to work only under a signed contract, which protects both parties. As we have not been able to put one in place, I cannot continue our work together.',
    rateTooLow:
      'I have reviewed my rates, and the terms of our collaboration no longer fit my current pricing. Rather than negotiate the price of each piece of work, I would prefer that we part on good terms.',
    notEnoughWork:
      'The volume of work has become too small for me to give it the attention and availability it deserves alongside my other commitments.',
    disrespectOfTime:
      'To do good work for all of my clients I need to keep to my working hours, and the pace of urgent and out-of-hours requests on this project no longer allows me to.',
  },
  openingImmediate: (today) => `I am ending our collaboration with immediate effect, as of today, ${today}.`,
  immediateStop: 'Work in progress stops today and will be handed over as it stands.',
  lastDayContract: (client, lastDay, notice) =>
    `My last working day for ${client} will be ${lastDay}, in line with the ${notice.text}-day notice period in our contract.`,
  lastDayDefault: (client, lastDay, notice) =>
    `My last working day for ${client} will be ${lastDay}, which gives us ${notice.text} ${notice.n === 1 ? 'day' : 'days'} to arrange the handover.`,
  lastDayChosen: (client, lastDay) => `My last working day for ${client} will be ${lastDay}.`,
  deliverIntro: 'Until then, I will complete the following:',
  deliverable: (name, due) => (due ? `${name}, due ${due}` : name),
  notFinishedIntro: 'The following cannot be finished by then; I will hand over the work in its current state:',
  refund: (amount, by) =>
    amount
      ? `Part of what you have already paid covers work that will not be finished, so I will refund ${amount} by ${by}.`
      : `Part of what you have already paid covers work that will not be finished, so I will refund that share, in proportion to the work not done, by ${by}.`,
  owedIntro: 'The following invoices are still open:',
  invoice: (number, issued, due, outstanding) => `Invoice ${number} of ${issued}, due ${due}: ${outstanding}`,
  total: (total, payBy) => `The total outstanding is ${total}. I would be grateful to receive payment by ${payBy}.`,
  handover: (by) =>
    `By ${by}, I will hand over every file, account and access that belongs to you; passwords will reach you through a secure channel, never by email.`,
  referralsIntro: 'If it helps, here are colleagues I can recommend:',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? `: ${r.note}` : ''].join(''),
  noReferrals: 'If you wish, I will gladly recommend other freelancers who could take over.',
  thanks: (client) => `Thank you for your trust and for the work we have done together. I wish you and ${client} every success.`,
  closing: 'Kind regards,',
  closingImmediate: 'Regards,',
  slots: {
    client: 'Client name',
    contact: 'Contact name',
    date: 'date',
    amount: 'amount',
    deliverable: 'Deliverable',
    invoice: 'invoice number',
    colleague: 'Colleague name',
    colleagueContact: 'colleague@example.com',
    yourName: 'Your name',
    yourEmail: 'you@example.com',
  },
  subjectLabel: 'Subject:',
};

const fr: TerminationTexts = {
  reasonLabels: {
    payment: 'Problèmes de paiement',
    scopeCreep: 'Dérive du périmètre',
    styleMismatch: 'Divergence de style ou de philosophie',
    abuse: 'Comportement contraire à l’éthique ou abusif',
    noLongerFit: 'La mission ne me correspond plus (le travail ou l’activité a changé)',
    noContract: 'Absence de contrat',
    rateTooLow: 'Tarif trop bas ou négociations permanentes',
    notEnoughWork: 'Volume de travail insuffisant',
    disrespectOfTime: 'Non-respect de mon temps',
  },
  title: (client) => `E-mail de fin de collaboration : ${client}`,
  subject: (client) => `Fin de notre collaboration – ${client}`,
  subjectImmediate: (client) => `Fin de notre collaboration avec effet immédiat – ${client}`,
  greeting: (contact) => (contact ? `Bonjour ${contact},` : 'Madame, Monsieur,'),
  opening: 'Je vous écris pour vous confirmer ma décision de mettre fin à notre collaboration.',
  reasons: {
    payment:
      'Ces derniers mois, les règlements sont intervenus à plusieurs reprises au-delà des délais convenus. Mon activité repose sur le respect de ces échéances, et je ne suis plus en mesure d’organiser mon travail dans ces conditions.',
    scopeCreep:
      'Vos besoins ont largement dépassé le périmètre défini au départ, et je ne peux plus absorber les demandes supplémentaires dans le cadre du budget convenu. Plutôt que de renégocier chaque ajout, il me paraît plus juste pour chacun de clore ici notre collaboration.',
    styleMismatch:
      'Il m’apparaît que mon approche ne correspond pas à la direction que vous souhaitez donner à votre projet. Un prestataire dont le style est plus proche de votre vision saura mieux vous accompagner.',
    noLongerFit:
      'Mon activité a évolué ces derniers mois, et ce type de mission ne correspond plus à ce que je sais faire de mieux. Votre projet mérite un prestataire qui puisse s’y consacrer pleinement.',
    noContract:
      'J’ai pour règle de ne travailler que dans le cadre d’un contrat signé, qui protège les deux parties. Faute d’avoir pu en conclure un, je ne suis pas en mesure de poursuivre notre collaboration.',
    rateTooLow:
      'J’ai revu mes tarifs, et les conditions de notre collaboration ne correspondent plus à ma grille actuelle. Plutôt que de renégocier le prix de chaque mission, je préfère que nous nous quittions en bons termes.',
    notEnoughWork:
      'Le volume de missions est devenu trop réduit pour que je puisse y consacrer l’attention et la disponibilité qu’il mérite, en parallèle de mes autres engagements.',
    disrespectOfTime:
      'Pour bien travailler pour l’ensemble de mes clients, je dois m’en tenir à mes horaires ; le rythme des demandes urgentes et hors horaires sur ce projet ne me le permet plus.',
  },
  openingImmediate: (today) => `Je mets fin à notre collaboration avec effet immédiat, à compter de ce jour, le ${today}.`,
  immediateStop: 'Les travaux en cours s’arrêtent aujourd’hui et vous seront remis en l’état.',
  lastDayContract: (client, lastDay, notice) =>
    `Mon dernier jour de travail pour ${client} sera le ${lastDay}, conformément au préavis de ${notice.text} ${notice.n < 2 ? 'jour' : 'jours'} prévu par notre contrat.`,
  lastDayDefault: (client, lastDay, notice) =>
    `Mon dernier jour de travail pour ${client} sera le ${lastDay}, ce qui nous laisse ${notice.text} ${notice.n < 2 ? 'jour' : 'jours'} pour organiser la transition.`,
  lastDayChosen: (client, lastDay) => `Mon dernier jour de travail pour ${client} sera le ${lastDay}.`,
  deliverIntro: 'D’ici là, je finaliserai :',
  deliverable: (name, due) => (due ? `${name} (échéance : ${due})` : name),
  notFinishedIntro: 'Les éléments suivants ne pourront pas être terminés d’ici là ; je vous remettrai le travail en l’état :',
  refund: (amount, by) =>
    amount
      ? `Une partie des sommes déjà réglées correspond à un travail qui ne sera pas achevé : je vous rembourserai ${amount} d’ici le ${by}.`
      : `Une partie des sommes déjà réglées correspond à un travail qui ne sera pas achevé : je vous rembourserai la part correspondante, au prorata du travail non réalisé, d’ici le ${by}.`,
  owedIntro: 'Les factures suivantes restent à régler :',
  invoice: (number, issued, due, outstanding) => `Facture n° ${number} du ${issued} (échéance le ${due}) : ${outstanding}`,
  total: (total, payBy) => `Le montant total restant dû s’élève à ${total}. Je vous remercie de bien vouloir en effectuer le règlement d’ici le ${payBy}.`,
  handover: (by) =>
    `D’ici le ${by}, je vous remettrai l’ensemble des fichiers, comptes et accès qui vous appartiennent ; les mots de passe vous parviendront par un canal sécurisé, jamais par e-mail.`,
  referralsIntro: 'Si cela peut vous être utile, voici des professionnels que je peux vous recommander :',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? ` : ${r.note}` : ''].join(''),
  noReferrals: 'Si vous le souhaitez, je vous recommanderai volontiers d’autres indépendants pour prendre le relais.',
  thanks: (client) => `Je vous remercie sincèrement pour votre confiance et pour le travail accompli ensemble, et souhaite à ${client} une belle réussite.`,
  closing: 'Bien cordialement,',
  closingImmediate: 'Cordialement,',
  slots: {
    client: 'Nom du client',
    contact: 'Nom du contact',
    date: 'date',
    amount: 'montant',
    deliverable: 'Livrable',
    invoice: 'numéro de facture',
    colleague: 'Nom du confrère',
    colleagueContact: 'contact@exemple.fr',
    yourName: 'Votre nom',
    yourEmail: 'vous@exemple.fr',
  },
  subjectLabel: 'Objet :',
};

const it: TerminationTexts = {
  reasonLabels: {
    payment: 'Problemi di pagamento',
    scopeCreep: 'Richieste oltre il perimetro concordato',
    styleMismatch: 'Differenza di stile o di filosofia',
    abuse: 'Comportamento scorretto o offensivo',
    noLongerFit: 'Il lavoro non fa più per me (è cambiato il lavoro o l’attività)',
    noContract: 'Nessun contratto',
    rateTooLow: 'Tariffa troppo bassa o trattative continue',
    notEnoughWork: 'Volume di lavoro insufficiente',
    disrespectOfTime: 'Mancato rispetto del mio tempo',
  },
  title: (client) => `E-mail di conclusione della collaborazione: ${client}`,
  subject: (client) => `Conclusione della nostra collaborazione – ${client}`,
  subjectImmediate: (client) => `Conclusione della nostra collaborazione con effetto immediato – ${client}`,
  greeting: (contact) => (contact ? `Gentile ${contact},` : 'Gentili Signori,'),
  opening: 'Le scrivo per confermarLe la mia decisione di concludere la nostra collaborazione.',
  reasons: {
    payment:
      'Negli ultimi mesi i pagamenti sono arrivati più volte oltre i termini concordati. La mia attività si regge sul rispetto delle scadenze e in queste condizioni non riesco più a pianificare il lavoro.',
    scopeCreep:
      'Le esigenze del progetto sono andate ben oltre quanto concordato all’inizio e non mi è più possibile assorbire le richieste aggiuntive nel budget previsto. Piuttosto che rinegoziare ogni aggiunta, credo sia più corretto per entrambi chiudere qui la collaborazione.',
    styleMismatch:
      'Ho maturato la convinzione che il mio approccio non corrisponda alla direzione che desidera dare al progetto. Un professionista con uno stile più vicino alla Sua visione saprà seguirLa meglio.',
    noLongerFit:
      'La mia attività è cambiata negli ultimi mesi e questo tipo di incarico non rientra più in ciò che so offrire al meglio. Il Suo progetto merita qualcuno che possa dedicargli il massimo impegno.',
    noContract:
      'Per principio lavoro solo sulla base di un contratto firmato, che tutela entrambe le parti. Non essendo stato possibile definirne uno, non posso proseguire la collaborazione.',
    rateTooLow:
      'Ho rivisto le mie tariffe e le condizioni della nostra collaborazione non sono più in linea con quelle attuali. Piuttosto che rinegoziare il prezzo di ogni lavoro, preferisco che ci salutiamo in buoni rapporti.',
    notEnoughWork:
      'Il volume di lavoro è diventato troppo ridotto perché io possa dedicargli l’attenzione e la disponibilità che merita, accanto agli altri impegni.',
    disrespectOfTime:
      'Per lavorare bene per tutti i miei clienti ho bisogno di rispettare il mio orario di lavoro, e il ritmo delle richieste urgenti e fuori orario su questo progetto non me lo consente più.',
  },
  openingImmediate: (today) => `Con la presente concludo la nostra collaborazione con effetto immediato, a partire da oggi, ${today}.`,
  immediateStop: 'I lavori in corso si interrompono oggi e Le saranno consegnati nello stato in cui si trovano.',
  lastDayContract: (client, lastDay, notice) =>
    `Il mio ultimo giorno di lavoro per ${client} sarà ${itDay(lastDay)}, nel rispetto del preavviso di ${notice.text} ${notice.n === 1 ? 'giorno' : 'giorni'} previsto dal contratto.`,
  lastDayDefault: (client, lastDay, notice) =>
    `Il mio ultimo giorno di lavoro per ${client} sarà ${itDay(lastDay)}: avremo così ${notice.text} ${notice.n === 1 ? 'giorno' : 'giorni'} per organizzare il passaggio di consegne.`,
  lastDayChosen: (client, lastDay) => `Il mio ultimo giorno di lavoro per ${client} sarà ${itDay(lastDay)}.`,
  deliverIntro: 'Fino ad allora completerò:',
  deliverable: (name, due) => (due ? `${name} (scadenza: ${due})` : name),
  notFinishedIntro: 'I lavori seguenti non potranno essere completati entro quella data; Le consegnerò quanto svolto nello stato in cui si trova:',
  refund: (amount, by) =>
    amount
      ? `Una parte di quanto già pagato corrisponde a lavoro che non sarà completato: Le rimborserò ${amount} entro ${itDay(by)}.`
      : `Una parte di quanto già pagato corrisponde a lavoro che non sarà completato: Le rimborserò la quota corrispondente, in proporzione al lavoro non svolto, entro ${itDay(by)}.`,
  owedIntro: 'Risultano ancora aperte le seguenti fatture:',
  invoice: (number, issued, due, outstanding) => `Fattura n. ${number} ${itOf(issued)} (scadenza ${due}): ${outstanding}`,
  total: (total, payBy) => `Il totale ancora dovuto è di ${total}. La prego cortesemente di provvedere al saldo entro ${itDay(payBy)}.`,
  handover: (by) =>
    `Entro ${itDay(by)} Le consegnerò tutti i file, gli account e gli accessi di Sua proprietà; le password Le arriveranno tramite un canale sicuro, mai via e-mail.`,
  referralsIntro: 'Se può esserLe utile, ecco alcuni colleghi che mi sento di consigliarLe:',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? `: ${r.note}` : ''].join(''),
  noReferrals: 'Se lo desidera, Le indicherò volentieri altri professionisti in grado di subentrare.',
  thanks: () => 'La ringrazio sinceramente per la fiducia e per il lavoro svolto insieme, e Le auguro ogni successo per il futuro.',
  closing: 'Cordiali saluti,',
  closingImmediate: 'Distinti saluti,',
  slots: {
    client: 'Nome del cliente',
    contact: 'Nome del referente',
    date: 'data',
    amount: 'importo',
    deliverable: 'Consegna',
    invoice: 'numero fattura',
    colleague: 'Nome del collega',
    colleagueContact: 'collega@esempio.it',
    yourName: 'Il Suo nome',
    yourEmail: 'nome@esempio.it',
  },
  subjectLabel: 'Oggetto:',
};

const tr: TerminationTexts = {
  reasonLabels: {
    payment: 'Ödeme sorunları',
    scopeCreep: 'Kapsamın sürekli genişlemesi',
    styleMismatch: 'Tarz veya yaklaşım uyuşmazlığı',
    abuse: 'Etik dışı veya kötü niyetli davranış',
    noLongerFit: 'İş artık bana uygun değil (iş ya da işletmem değişti)',
    noContract: 'Sözleşme yok',
    rateTooLow: 'Ücret çok düşük veya sürekli pazarlık',
    notEnoughWork: 'Yeterli iş yok',
    disrespectOfTime: 'Zamanıma saygı gösterilmemesi',
  },
  title: (client) => `İş birliğini sonlandırma e-postası: ${client}`,
  subject: (client) => `İş birliğimizin sona ermesi – ${client}`,
  subjectImmediate: (client) => `İş birliğimizin derhâl sona ermesi – ${client}`,
  greeting: (contact) => (contact ? `Sayın ${contact},` : 'Sayın Yetkili,'),
  opening: 'Aramızdaki iş birliğini sona erdirme kararımı yazılı olarak teyit etmek isterim.',
  reasons: {
    payment:
      'Son aylarda ödemeler birçok kez kararlaştırdığımız vadelerin ötesine geçti. İşimi planlayabilmem ödemelerin zamanında yapılmasına bağlı ve bu koşullarda çalışmaya devam etmem artık mümkün değil.',
    scopeCreep:
      'Projenin ihtiyaçları başlangıçta kararlaştırdığımız kapsamın çok ötesine geçti ve ek talepleri mevcut bütçe içinde karşılamam artık mümkün değil. Her eklemeyi yeniden pazarlık konusu yapmak yerine, iş birliğimizi burada tamamlamanın ikimiz için de daha doğru olacağını düşünüyorum.',
    styleMismatch:
      'Çalışma yaklaşımımın projeniz için hedeflediğiniz yönle örtüşmediğini gördüm. Tarzı vizyonunuza daha yakın bir profesyonelin size daha iyi hizmet vereceğine inanıyorum.',
    noLongerFit:
      'Son aylarda işim farklı bir yöne doğru gelişti ve bu tür çalışmalar artık en iyi yaptığım işle örtüşmüyor. Projeniz, kendisine tüm dikkatini verebilecek birini hak ediyor.',
    noContract:
      'Her iki tarafı da koruduğu için yalnızca imzalı bir sözleşmeyle çalışmayı ilke edindim. Bir sözleşme üzerinde uzlaşamadığımız için çalışmaya devam edemiyorum.',
    rateTooLow:
      'Ücretlerimi yeniden gözden geçirdim ve iş birliğimizin koşulları güncel fiyatlandırmamla artık uyuşmuyor. Her işin fiyatını ayrı ayrı pazarlık etmek yerine, yollarımızı iyi ilişkiler içinde ayırmayı tercih ediyorum.',
    notEnoughWork:
      'İş hacmi, diğer taahhütlerimin yanında hak ettiği ilgiyi ve zamanı ayırabileceğim düzeyin altına düştü.',
    disrespectOfTime:
      'Tüm müşterilerime iyi iş çıkarabilmek için çalışma saatlerime bağlı kalmam gerekiyor; bu projedeki acil ve mesai dışı taleplerin yoğunluğu buna artık izin vermiyor.',
  },
  openingImmediate: (today) => `İş birliğimizi bugün, ${today} itibarıyla derhâl sona erdiriyorum.`,
  immediateStop: 'Devam eden çalışmalar bugün itibarıyla durdurulmuştur ve mevcut hâliyle size teslim edilecektir.',
  lastDayContract: (client, lastDay, notice) =>
    `${client} için son çalışma günüm, sözleşmemizdeki ${notice.text} günlük bildirim süresine uygun olarak ${lastDay} olacaktır.`,
  lastDayDefault: (client, lastDay, notice) =>
    `${client} için son çalışma günüm ${lastDay} olacaktır; böylece devir teslim için ${notice.text} günümüz olacak.`,
  lastDayChosen: (client, lastDay) => `${client} için son çalışma günüm ${lastDay} olacaktır.`,
  deliverIntro: 'O tarihe kadar şu işleri tamamlayacağım:',
  deliverable: (name, due) => (due ? `${name} (teslim tarihi: ${due})` : name),
  notFinishedIntro: 'Aşağıdaki işler bu tarihe kadar tamamlanamayacak; bunları mevcut hâliyle size teslim edeceğim:',
  refund: (amount, by) =>
    amount
      ? `Yaptığınız ödemelerin bir kısmı tamamlanmayacak işlere karşılık geliyor; bu nedenle ${amount} tutarını ${by} tarihine kadar size iade edeceğim.`
      : `Yaptığınız ödemelerin bir kısmı tamamlanmayacak işlere karşılık geliyor; bu nedenle bu kısmı, yapılmayan işle orantılı olarak ${by} tarihine kadar size iade edeceğim.`,
  owedIntro: 'Aşağıdaki faturalar henüz ödenmemiştir:',
  invoice: (number, issued, due, outstanding) => `${number} numaralı fatura (düzenleme: ${issued}, vade: ${due}): ${outstanding}`,
  total: (total, payBy) => `Ödenmesi gereken toplam tutar ${total}. Ödemeyi ${payBy} tarihine kadar yapmanızı rica ederim.`,
  handover: (by) =>
    `Size ait tüm dosyaları, hesapları ve erişimleri ${by} tarihine kadar teslim edeceğim; şifreler size e-postayla değil, güvenli bir kanal üzerinden iletilecektir.`,
  referralsIntro: 'Faydalı olacaksa, gönül rahatlığıyla önerebileceğim meslektaşlarım şunlar:',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? `: ${r.note}` : ''].join(''),
  noReferrals: 'Dilerseniz, işi devralabilecek başka serbest çalışanları memnuniyetle önerebilirim.',
  thanks: (client) => `Bana duyduğunuz güven ve birlikte yürüttüğümüz çalışmalar için içtenlikle teşekkür eder, ${client} için başarılar dilerim.`,
  closing: 'Saygılarımla,',
  closingImmediate: 'Saygılarımla,',
  slots: {
    client: 'Müşteri adı',
    contact: 'Yetkili kişi',
    date: 'tarih',
    amount: 'tutar',
    deliverable: 'Teslim edilecek iş',
    invoice: 'fatura numarası',
    colleague: 'Meslektaş adı',
    colleagueContact: 'meslektas@ornek.com',
    yourName: 'Adınız',
    yourEmail: 'siz@ornek.com',
  },
  subjectLabel: 'Konu:',
};

export const TERMINATION_TEXTS: Readonly<Record<DraftLanguage, TerminationTexts>> = { en, fr, it, tr };
