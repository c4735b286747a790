/**
 * Given names that name a woman (German and international, lower-case): a person named without a feminine
 * role word ("Anna X von der Verbraucherzentrale") is still the one a later "sagte sie" / "riet sie" refers
 * to. Names used for men too ("Andrea", "Kim") are left out.
 */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  adriana agnes alexandra alina amelie angelika anja anke anna annalena anne annette antje barbara beate
  bettina birgit brigitte carina carla carolin caroline charlotte christa christiane christina claudia
  cornelia dagmar daniela diana doris dorothea elena elisabeth elke ellen emilia emma eva franziska frauke
  friederike gabriele gerda gisela greta hanna hannah heike helga helene henriette hildegard
  ilse ina ines inga inge ingrid irene iris isabel jana janina jasmin jessica johanna josephine judith
  julia juliane jutta karin katharina katherina kathrin katja katrin kerstin kirsten klara lara laura
  lea lena leonie lisa luisa manuela mareike margarete maria marie marina marion marlene martina melanie
  michaela miriam monika nadine nadja natalie nicole nina petra pia ramona regina renate ricarda
  rita sabine sabrina sandra sara sarah saskia silke silvia simone sonja sophia sophie stefanie
  stephanie susanne svenja sylvia tanja tatjana theresa ulrike ursula ute vanessa verena vera viktoria
  yvonne alice amy catherine elizabeth emily grace helen jane jennifer kate katherine linda lucy mary
  rachel rebecca susan aylin ayşe elif fatma özlem
  `
    .split(/\s+/)
    .filter(Boolean),
);
