// The papers the Formulas view's sources cite, shared by every language: their names are not translated
// (docs/theory.md §9). Kept out of the catalogues, so that loading another language's does not load English's.
export const PAPERS = {
  GOODFELLOW_2014: 'Goodfellow et al. 2014, Generative Adversarial Nets',
  GOODFELLOW_2016: 'Goodfellow 2016, NIPS tutorial',
  MAO_2017: 'Mao et al. 2017, Least Squares GAN',
  WGAN_2017: 'Arjovsky, Chintala & Bottou 2017, Wasserstein GAN',
  GULRAJANI_2017: 'Gulrajani et al. 2017, Improved Training of Wasserstein GANs',
  PETZKA_2018: 'Petzka, Fischer & Lukovnikov 2018, On the regularization of Wasserstein GANs',
  HINGE: 'Lim & Ye 2017, Geometric GAN; Miyato et al. 2018, Spectral Normalization',
} as const;
