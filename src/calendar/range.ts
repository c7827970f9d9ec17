/** The years the working calendar answers for (the Labor Code 2012 in force for whole years from 2014). */
export const MIN_YEAR = 2014;
export const MAX_YEAR = 2199;
