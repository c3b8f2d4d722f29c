import { Fragment, type ReactNode } from 'react';

interface Props {
  /** A phrase of the dictionary with {name} placeholders, such as "{organisation} (until 2020; …)". */
  template: string;
  /** What each placeholder stands for: a name in its own language, a link. */
  parts: Record<string, ReactNode>;
}

/** A phrase with nodes put in where a plain string would lose their markup (a name's lang attribute). */
export function Phrase({ template, parts }: Props) {
  return template.split(/(\{\w+\})/).map((piece, index) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={index}>{name !== undefined && name in parts ? parts[name] : piece}</Fragment>;
  });
}
