import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateRenderError, templatePlaceholders } from './render-template';

describe('renderTemplate', () => {
  it('substitutes every placeholder, repeated ones included', () => {
    expect(renderTemplate('a={{A}}\nb={{B}}\nagain={{A}}', { A: '1', B: 'two' })).toBe('a=1\nb=two\nagain=1');
  });

  it('inserts values verbatim ($ patterns are not special)', () => {
    expect(renderTemplate('x={{X}}', { X: "$& $1 $$ $'" })).toBe("x=$& $1 $$ $'");
  });

  it('refuses a placeholder without a value', () => {
    expect(() => renderTemplate('a={{A}} b={{B}}', { A: '1' })).toThrow(TemplateRenderError);
    expect(() => renderTemplate('a={{A}} b={{B}}', { A: '1' })).toThrow(/B/);
  });

  it('refuses a value nobody asked for (typo guard)', () => {
    expect(() => renderTemplate('a={{A}}', { A: '1', TYPO: '2' })).toThrow(/TYPO/);
  });

  it('lists placeholders once each', () => {
    expect(templatePlaceholders('{{A}}{{B}}{{A}} {{lower}}')).toEqual(['A', 'B']);
  });
});
