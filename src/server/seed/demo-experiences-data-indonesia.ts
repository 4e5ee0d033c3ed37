import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Indonesia (Bappenas): family planning, disaster management, farmer training, mainstreaming
// South-South cooperation in planning, village funds. Figures are illustrative.

export const INDONESIA_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'id-bappenas',
    authorEmail: 'id.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-07-21',
    content: {
      title: {
        id: 'Pelatihan internasional keluarga berencana: berbagi pengalaman program KB berbasis masyarakat',
        en: 'International family planning training: sharing Indonesia’s community-based programme',
      },
      summary: {
        id: 'Badan kependudukan dan keluarga berencana Indonesia menyelenggarakan pelatihan internasional bagi pengelola program dari negara-negara Asia dan Afrika. Peserta mempelajari peran kader desa, pos pelayanan terpadu, komunikasi perubahan perilaku, serta kerja sama dengan tokoh agama. Kisah ini menjelaskan bagaimana pelatihan disesuaikan dengan kebutuhan setiap negara dan bagaimana peserta menyusun rencana aksi setelah kembali. (Demo)',
        en: 'Indonesia’s population and family planning agency runs international training for programme managers from Asian and African countries. Participants learn about village volunteers, integrated community health posts, behaviour-change communication and work with religious leaders. The story explains how the training was tailored to each country and how participants drew up action plans after returning home. (Demo)',
      },
      challenge: {
        id: 'Banyak negara mitra memiliki angka kelahiran tinggi dan kebutuhan ber-KB yang belum terpenuhi, terutama di perdesaan. Program mereka bergantung pada klinik, dengan sedikit keterlibatan masyarakat dan tokoh agama.',
      },
      approach: {
        id: 'Pelatihan dua hingga tiga minggu yang menggabungkan kelas, kunjungan lapangan ke desa dan puskesmas, serta dialog dengan ulama dan kader. Bersama badan PBB bidang kependudukan, peserta menyusun rencana aksi yang dipantau melalui pertemuan daring enam bulan kemudian.',
      },
      instruments: ['training_programme', 'study_tour', 'multistakeholder_dialogue'],
      activityTypes: ['experiential', 'discussion', 'presentation'],
      deliveryMode: 'blended',
      durationMonths: 120,
      participants: [
        org('id-bappenas', 'provider'),
        party(
          'ID',
          {
            id: 'Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN)',
            en: 'National Population and Family Planning Board (BKKBN)',
          },
          'provider',
        ),
        party(
          'AF',
          { id: 'Kementerian Kesehatan Afganistan', en: 'Afghanistan ministry of public health' },
          'recipient',
        ),
        party(
          'NG',
          { id: 'Pengelola program KB Nigeria', en: 'Nigerian family planning managers' },
          'recipient',
        ),
        party(
          'BD',
          { id: 'Pengelola program KB Bangladesh', en: 'Bangladeshi family planning managers' },
          'recipient',
        ),
        party(
          null,
          { id: 'Dana Kependudukan PBB (UNFPA)', en: 'United Nations Population Fund (UNFPA)' },
          'funder',
        ),
      ],
      results: {
        id: 'Angka ilustratif untuk demo: ribuan peserta dari puluhan negara telah mengikuti pelatihan; sebagian negara mengadopsi model kader desa dan melibatkan tokoh agama dalam kampanye KB.',
      },
      didNotWork: {
        id: 'Pada awalnya materi terlalu berfokus pada keberhasilan Indonesia tanpa membahas konteks hukum dan budaya negara peserta. Rencana aksi sering tidak didanai.',
      },
      lessons: {
        id: 'Libatkan tokoh agama dan pemerintah daerah sejak awal; rencana aksi perlu dukungan pimpinan lembaga pengirim dan sumber dana yang jelas.',
      },
      costs: cost(
        1_200_000,
        'USD',
        { id: 'Pemerintah Indonesia dan UNFPA' },
        { id: 'Jumlah ilustratif untuk demo.' },
      ),
      periodStart: 2012,
      periodEnd: 2022,
      sectors: ['13030', '13081'],
      sdgTargets: ['3.7', '5.6', '17.9'],
      modality: 'triangular',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['enhanced_skills', 'new_actions'],
      assessmentDimensions: ['systematisation', 'international_partnerships', 'monitoring_evaluation'],
      contact: contact('Siti Rahmawati (demo)'),
      links: [{ url: 'https://www.bkkbn.go.id', title: 'BKKBN' }],
      languages: langs('id', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'id-bappenas',
    authorEmail: 'id.coordinator@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2024-02-09',
    content: {
      title: {
        id: 'Pelajaran rekonstruksi pascatsunami Aceh untuk negara-negara tetangga yang dilanda bencana',
        en: 'Lessons from post-tsunami reconstruction in Aceh for neighbouring countries hit by disasters',
      },
      summary: {
        id: 'Setelah rekonstruksi Aceh dan Nias, pejabat dan pelaku yang terlibat berbagi pengalaman dengan Myanmar, Filipina dan Nepal yang menghadapi bencana besar. Pertukaran membahas koordinasi bantuan, rekonstruksi rumah berbasis masyarakat, dan pencegahan korupsi dalam dana rekonstruksi. (Demo)',
        en: 'After the reconstruction of Aceh and Nias, officials and practitioners shared their experience with Myanmar, the Philippines and Nepal as they faced major disasters. The exchanges covered aid coordination, community-driven housing reconstruction and preventing corruption in reconstruction funds. (Demo)',
      },
      challenge: {
        id: 'Negara yang baru dilanda bencana besar harus cepat membentuk lembaga rekonstruksi, mengoordinasikan ratusan lembaga bantuan, dan membangun kembali rumah tanpa pengalaman sebelumnya.',
      },
      approach: {
        id: 'Kunjungan pejabat negara mitra ke Aceh, pengiriman mantan staf badan rekonstruksi sebagai penasihat, lokakarya regional tentang rekonstruksi berbasis masyarakat, dan penerbitan catatan pembelajaran dalam beberapa bahasa.',
      },
      instruments: ['study_tour', 'expert_visit', 'secondment', 'conference'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'face_to_face',
      durationMonths: 48,
      participants: [
        org('id-bappenas', 'provider'),
        party(
          'ID',
          {
            id: 'Badan Nasional Penanggulangan Bencana (BNPB)',
            en: 'National Disaster Management Agency (BNPB)',
          },
          'provider',
        ),
        party('MM', { id: 'Myanmar', en: 'Myanmar' }, 'recipient'),
        party('PH', { id: 'Filipina', en: 'Philippines' }, 'recipient'),
        party('NP', { id: 'Nepal', en: 'Nepal' }, 'recipient'),
        org('wb', 'facilitator'),
      ],
      results: {
        id: 'Ilustratif: negara mitra membentuk unit rekonstruksi dengan mandat jelas dan menerapkan pendekatan rekonstruksi rumah oleh masyarakat di beberapa wilayah.',
      },
      didNotWork: {
        id: 'Kunjungan singkat tidak cukup untuk memahami sistem pengawasan keuangan; beberapa rekomendasi tidak sesuai dengan kerangka hukum negara mitra.',
      },
      lessons: {
        id: 'Pengalaman rekonstruksi paling berguna bila dibagikan oleh pelaksana langsung dan disertai pendampingan jangka menengah.',
      },
      periodStart: 2009,
      periodEnd: 2016,
      sectors: ['43060', '73010'],
      sdgTargets: ['11.5', '13.1', '1.5'],
      modality: 'regional',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'new_actions'],
      assessmentDimensions: ['systematisation', 'coordination_mechanism'],
      contact: contact('Agus Pratama (demo)'),
      links: [{ url: 'https://bnpb.go.id', title: 'BNPB' }],
      languages: langs('id', { en: 'machine' }),
    },
  },
  {
    orgKey: 'id-bappenas',
    authorEmail: 'id.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-06-10',
    content: {
      title: {
        id: 'Pusat pelatihan petani di Tanzania: berbagi pengalaman penyuluhan pertanian Indonesia',
        en: 'A farmers’ training centre in Tanzania: sharing Indonesia’s agricultural extension experience',
      },
      summary: {
        id: 'Indonesia membantu mendirikan pusat pelatihan pertanian dan perdesaan di Tanzania, lalu terus mengirim penyuluh untuk melatih petani padi dan sayuran serta penyuluh setempat. Kisah ini menjelaskan bagaimana model sekolah lapang petani Indonesia disesuaikan dengan kondisi Tanzania dan bagaimana pusat itu kini dikelola oleh mitra lokal. (Demo)',
        en: 'Indonesia helped set up an agricultural and rural training centre in Tanzania and kept sending extension workers to train rice and vegetable farmers and local extension staff. The story explains how Indonesia’s farmer field school model was adapted to Tanzanian conditions and how the centre is now run by local partners. (Demo)',
      },
      challenge: {
        id: 'Produktivitas padi rendah dan penyuluh pertanian terlalu sedikit untuk menjangkau petani kecil.',
      },
      approach: {
        id: 'Pelatihan penyuluh di pusat pelatihan, sekolah lapang petani di desa sekitar, magang penyuluh Tanzania di Indonesia, dan demonstrasi alat mesin pertanian sederhana.',
      },
      instruments: ['training_programme', 'expert_visit', 'study_tour'],
      activityTypes: ['experiential'],
      deliveryMode: 'face_to_face',
      durationMonths: 72,
      participants: [
        org('id-bappenas', 'provider'),
        party('ID', { id: 'Kementerian Pertanian', en: 'Ministry of Agriculture of Indonesia' }, 'provider'),
        party(
          'TZ',
          { id: 'Kementerian Pertanian Tanzania', en: 'Tanzanian ministry of agriculture' },
          'recipient',
        ),
        org('jica', 'funder'),
      ],
      results: {
        id: 'Angka ilustratif: ratusan penyuluh dan ribuan petani dilatih; hasil panen padi di desa sekolah lapang meningkat dan pusat pelatihan kini menyusun program sendiri.',
      },
      didNotWork: {
        id: 'Alat mesin yang didatangkan dari Indonesia sulit diperbaiki karena suku cadang tidak tersedia di Tanzania.',
      },
      lessons: {
        id: 'Gunakan teknologi yang suku cadangnya tersedia setempat dan serahkan pengelolaan kepada mitra lokal secara bertahap.',
      },
      periodStart: 2015,
      periodEnd: 2021,
      sectors: ['31166', '31181'],
      sdgTargets: ['2.3', '17.9'],
      modality: 'triangular',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills', 'new_actions'],
      assessmentDimensions: ['international_partnerships', 'financing'],
      contact: contact('Bambang Santoso (demo)'),
      links: [{ url: 'https://www.bappenas.go.id', title: 'Bappenas' }],
      languages: langs('id', { en: 'machine' }),
    },
  },
  {
    orgKey: 'id-bappenas',
    authorEmail: 'id.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-12-15',
    content: {
      title: { en: 'Mainstreaming South-South cooperation in Indonesia’s national development plan' },
      summary: {
        en: 'Indonesia set up a national coordination team for South-South and triangular cooperation led by the planning ministry, and wrote cooperation targets into its medium-term development plan, which gave the agenda a budget line and a reporting cycle. This story describes how the team chose flagship programmes, coordinated line ministries and shared its set-up with peer countries, including at the 2011 WBI video dialogue. (Demo)',
      },
      challenge: {
        en: 'Dozens of ministries ran their own cooperation activities with no common strategy, little information on what was offered and short-term funding that depended on external partners.',
      },
      approach: {
        en: 'A presidential-level mandate created the coordination team with working groups on programmes, funding and monitoring. Cooperation priorities entered the medium-term plan; a single information system records activities, and flagship programmes were chosen on development planning, disaster management and family planning.',
      },
      instruments: ['multistakeholder_dialogue', 'conference', 'twinning'],
      activityTypes: ['discussion', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 60,
      participants: [
        org('id-bappenas', 'provider'),
        party('ID', { en: 'Ministry of Foreign Affairs of Indonesia' }, 'provider'),
        party('TL', { en: 'Timor-Leste planning ministry' }, 'recipient'),
        party('PS', { en: 'Palestinian planning authorities' }, 'recipient'),
        org('jica', 'funder'),
        org('wbi', 'facilitator'),
      ],
      results: {
        en: 'Illustrative for the demo: cooperation now has its own targets and budget line in the national plan; the number of ministries reporting to the information system rose steadily, and two partner countries adapted the coordination-team model.',
      },
      didNotWork: {
        en: 'The information system relied on voluntary reporting; several ministries kept parallel records. A single agency was debated for years without a decision.',
      },
      lessons: {
        en: 'Putting cooperation into the national plan is what secures public money; coordination works when it combines a formal team with informal contacts between ministries.',
      },
      periodStart: 2010,
      periodEnd: 2015,
      sectors: ['15123', '15127'],
      sdgTargets: ['17.9', '17.14', '17.18'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['improved_consensus', 'new_actions'],
      assessmentDimensions: ['mainstreaming', 'coordination_mechanism', 'information_systems', 'financing'],
      contact: contact('Dewi Lestari (demo)', 'dewi.lestari@example.org'),
      links: [{ url: 'https://www.bappenas.go.id', title: 'Bappenas' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'id-bappenas',
    authorEmail: 'id.coordinator@demo.kxhub.org',
    state: 'sent_back',
    reviewComment:
      'The summary repeats the approach section word for word and does not say what changed; please rewrite it in a few sentences. Results give no figures or sources — add at least illustrative indicators and say where they come from.',
    content: {
      title: { en: 'Village funds and participatory planning: an exchange with Timor-Leste' },
      summary: {
        en: 'Officials from Timor-Leste visited Indonesian villages to see how village funds are planned in village meetings, disbursed and reported. The visit included village meetings, district offices, training sessions for village heads, a presentation of the national village fund law, the reporting application and the grievance system. (Demo)',
      },
      challenge: {
        en: 'Timor-Leste was designing a national programme of grants to villages and needed practical examples of participatory planning and accountability.',
      },
      approach: {
        en: 'Study tour to three districts, sessions with village heads and facilitators, a presentation of the village fund law and the reporting application, and a follow-up workshop in Dili.',
      },
      instruments: ['study_tour', 'expert_visit'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 8,
      participants: [
        org('id-bappenas', 'provider'),
        party('ID', { en: 'Ministry of Villages of Indonesia' }, 'provider'),
        party('TL', { en: 'Timor-Leste ministry of state administration' }, 'recipient'),
      ],
      results: { en: 'The delegation appreciated the visit and learned a lot about village funds.' },
      didNotWork: { en: 'The reporting application could not be used in Timor-Leste without translation.' },
      lessons: {
        en: 'Invite village heads, not only national officials, to explain the process in their own words.',
      },
      periodStart: 2018,
      periodEnd: 2019,
      sectors: ['15112', '43042'],
      sdgTargets: ['16.7', '1.4'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge'],
      assessmentDimensions: ['systematisation'],
      contact: contact('Rizky Hidayat (demo)'),
      links: [{ url: 'https://www.bappenas.go.id', title: 'Bappenas' }],
      languages: langs('en'),
    },
  },
];
