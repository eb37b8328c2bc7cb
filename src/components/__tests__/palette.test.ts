import { schemeBlues } from 'd3';
import { expect, it } from 'vitest';
import { BLUES } from '../palette';

it("holds ColorBrewer's Blues to d3's schemeBlues for 3 to 9 classes", () => {
  for (let classes = 3; classes <= 9; classes++) {
    expect(BLUES[classes]).toEqual(schemeBlues[classes]);
  }
});
