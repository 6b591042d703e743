import { z } from 'zod';
import { MAP_LIMITS, type LimitedList } from './mapLimits';

/** One of a map's limited lists in a schema, refused past its limit with a message that says so. */
export const limited = <T extends z.ZodTypeAny>(list: LimitedList, item: T) =>
  z.array(item).max(MAP_LIMITS[list], { message: `more than a map holds (at most ${MAP_LIMITS[list]})` }).default([]);
