import { Injectable } from '@nestjs/common';
import { FeedbackClassifier } from '@ledger/classifier';
import type { TextClassifier, TextClassifierSource } from '../triage/text-classifier';
import { TaxonomyLog } from './taxonomy-log';

/** The classifier of the taxonomy in force, built again only when a change is recorded. */
@Injectable()
export class TaxonomyClassifierSource implements TextClassifierSource {
  private built?: { readonly revision: number; readonly classifier: TextClassifier };

  constructor(private readonly taxonomies: TaxonomyLog) {}

  async current(): Promise<TextClassifier> {
    const { revision, taxonomy } = await this.taxonomies.current();
    if (this.built?.revision !== revision) {
      this.built = { revision, classifier: new FeedbackClassifier(taxonomy, revision) };
    }
    return this.built.classifier;
  }
}
